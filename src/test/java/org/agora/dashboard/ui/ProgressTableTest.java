package org.agora.dashboard.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.dom.Element;
import java.util.List;
import java.util.Map;
import org.agora.KaribuTest;
import org.agora.dashboard.ProgressCell;
import org.agora.dashboard.SessionProgress;
import org.agora.dashboard.SessionProgress.Column;
import org.agora.dashboard.SessionProgress.Row;
import org.agora.lesson.QuestionType;
import org.junit.jupiter.api.Test;

class ProgressTableTest extends KaribuTest {

    private static final List<Column> COLUMNS = List.of(
            new Column("q1", "1.1", QuestionType.SINGLE_CHOICE, "First?"),
            new Column("q2", "1.2", QuestionType.SINGLE_CHOICE, "Second?"));

    private static SessionProgress progress(Row... rows) {
        return new SessionProgress(null, COLUMNS, List.of(rows));
    }

    /** Draws every row of {@code progress}, as the dashboard does for a class that fits one page. */
    private static void show(ProgressTable table, SessionProgress progress) {
        table.show(progress, progress.rows());
    }

    @Test
    void a_refresh_redraws_only_the_rows_that_changed_and_appends_new_students() {
        ProgressTable table = new ProgressTable();
        show(table, progress(new Row(1, "Ana", true, Map.of("q1", ProgressCell.RIGHT))));
        Element anaBefore = GridRows.row(table.getElement(), 1).tr();
        assertThat(GridRows.row(table.getElement(), 1).cell("q2").attr("aria-label"))
                .isEqualTo("not answered");
        assertThat(GridRows.row(table.getElement(), 1).cell("q1").attr("data-section-start"))
                .as("section 1 starts at its first question")
                .isNotNull();

        show(
                table,
                progress(
                        new Row(1, "Ana", false, Map.of("q1", ProgressCell.RIGHT, "q2", ProgressCell.WRONG)),
                        new Row(2, "Ben", true, Map.of())));

        GridRows.Row ana = GridRows.row(table.getElement(), 1);
        assertThat(ana.tr().getNode()).as("the same row, redrawn in place").isSameAs(anaBefore.getNode());
        org.jsoup.nodes.Element changed = ana.cell("q2");
        assertThat(changed.text()).isEqualTo("✗");
        assertThat(changed.attr("aria-label")).isEqualTo("wrong");
        assertThat(changed.classNames()).containsExactly("cell-wrong");
        assertThat(changed.attr("title")).isEqualTo("\u2068Ana\u2069, Question 1.2: wrong");
        assertThat(GridRows.row(table.getElement(), 2).cell("q1").attr("aria-label"))
                .isEqualTo("not answered");
        assertThat(ana.tr().getAttribute("data-online")).isEqualTo("false");
        assertThat(ana.parsed().selectFirst("th .agora-visually-hidden").text()).isEqualTo("(offline)");
    }

    @Test
    void an_unchanged_row_is_not_sent_again() {
        ProgressTable table = new ProgressTable();
        show(table, progress(new Row(1, "Ana", true, Map.of()), new Row(2, "Ben", true, Map.of())));
        String benBefore = GridRows.row(table.getElement(), 2).tr().getProperty("innerHTML");
        show(
                table,
                progress(new Row(1, "Ana", true, Map.of("q1", ProgressCell.OPEN)), new Row(2, "Ben", true, Map.of())));
        assertThat(GridRows.row(table.getElement(), 2).tr().getProperty("innerHTML"))
                .as("the very value drawn before: not set again")
                .isSameAs(benBefore);
        assertThat(GridRows.row(table.getElement(), 1).cell("q1").attr("aria-label"))
                .isEqualTo("open answer");
    }

    @Test
    void a_name_that_looks_like_markup_is_shown_as_typed() {
        ProgressTable table = new ProgressTable();
        String name = "<img src=x onerror=alert(1)> \"Bo\" & co";
        show(table, progress(new Row(1, name, true, Map.of())));
        GridRows.Row row = GridRows.row(table.getElement(), 1);
        assertThat(row.name()).isEqualTo(name);
        assertThat(row.parsed().select("img")).isEmpty();
        assertThat(row.cell("q1").attr("title")).startsWith("\u2068" + name + "\u2069, ");
    }

    @Test
    void a_deleted_student_disappears() {
        ProgressTable table = new ProgressTable();
        show(table, progress(new Row(1, "Ana", true, Map.of()), new Row(2, "Ben", true, Map.of())));
        show(table, progress(new Row(2, "Ben", true, Map.of())));
        Element body = table.getElement().getChild(0).getChild(1);
        assertThat(body.getChildCount()).isEqualTo(1);
        assertThat(body.getChild(0).getAttribute("data-participant")).isEqualTo("2");
    }
}
