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

    private static Element cell(ProgressTable table, long participant, String question) {
        Element body = table.getElement().getChild(0).getChild(1);
        for (int r = 0; r < body.getChildCount(); r++) {
            Element tr = body.getChild(r);
            if (tr.getAttribute("data-participant").equals(String.valueOf(participant))) {
                return tr.getChildren()
                        .filter(td -> question.equals(td.getAttribute("data-question")))
                        .findFirst()
                        .orElseThrow();
            }
        }
        throw new AssertionError("no row " + participant);
    }

    @Test
    void a_refresh_changes_only_the_cells_that_changed_and_appends_new_students() {
        ProgressTable table = new ProgressTable();
        show(table, progress(new Row(1, "Ana", true, Map.of("q1", ProgressCell.RIGHT))));
        Element before = cell(table, 1, "q2");
        assertThat(before.getAttribute("aria-label")).isEqualTo("not answered");

        show(
                table,
                progress(
                        new Row(1, "Ana", false, Map.of("q1", ProgressCell.RIGHT, "q2", ProgressCell.WRONG)),
                        new Row(2, "Ben", true, Map.of())));

        Element after = cell(table, 1, "q2");
        assertThat(after.getNode()).as("the same cell, changed in place").isSameAs(before.getNode());
        assertThat(after.getText()).isEqualTo("✗");
        assertThat(after.getAttribute("aria-label")).isEqualTo("wrong");
        assertThat(after.getClassList()).containsExactly("cell-wrong");
        assertThat(cell(table, 2, "q1").getAttribute("aria-label")).isEqualTo("not answered");
        Element anaRow = table.getElement().getChild(0).getChild(1).getChild(0);
        assertThat(anaRow.getAttribute("data-online")).isEqualTo("false");
        assertThat(anaRow.getChild(0).getChild(2).getText()).isEqualTo(" (offline)");
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
