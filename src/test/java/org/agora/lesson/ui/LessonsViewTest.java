package org.agora.lesson.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.upload.Upload;
import java.util.List;
import org.agora.KaribuTest;
import org.agora.account.Role;
import org.agora.lesson.ArticleProposal;
import org.agora.lesson.LessonCatalog;
import org.agora.lesson.LessonEditing;
import org.agora.lesson.LessonOverview;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class LessonsViewTest extends KaribuTest {

    @Autowired
    LessonEditing editing;

    @Autowired
    LessonCatalog catalog;

    /** A draft lesson of one section and one sentence, made as the article importer makes one. */
    private long oneSentenceLesson(String title, String sentence) {
        return editing.createFromArticle(
                fixtures.admin(),
                new ArticleProposal(
                        title,
                        null,
                        List.of(new ArticleProposal.Section("Only", List.of(List.of(sentence)))),
                        List.of()),
                "en");
    }

    @SuppressWarnings("unchecked")
    private static Grid<LessonOverview> grid() {
        return _get(Grid.class, s -> s.withId("lesson-list"));
    }

    private static int row(String slug) {
        Grid<LessonOverview> grid = grid();
        for (int i = 0; i < GridKt._size(grid); i++) {
            if (GridKt._get(grid, i).slug().equals(slug)) {
                return i;
            }
        }
        throw new AssertionError("no row for " + slug);
    }

    @Test
    void the_admin_sees_the_lessons_each_with_its_state_exports_and_an_import_for_lesson_files() {
        signIn("admin", Role.ADMIN);
        navigate("admin/lessons");
        int row = row("kazakhstan-syria");
        Component cell = GridKt._getCellComponent(grid(), row, "export");
        assertThat(_get(cell, Anchor.class, s -> s.withId("export-kazakhstan-syria"))
                        .getHref())
                .isNotBlank();
        assertThat(_get(cell, Anchor.class, s -> s.withId("export-gift-kazakhstan-syria"))
                        .getHref())
                .isNotBlank();
        assertThat(GridKt._getFormattedRow(grid(), row)).contains("Revision 1 published");
        assertThat(_get(Upload.class, s -> s.withId("import-lesson")).getMaxFileSize())
                .isEqualTo(2 * 1024 * 1024);
    }

    @Test
    void a_lesson_is_archived_and_brought_back_from_the_list_and_edit_opens_the_editor() {
        signIn("admin", Role.ADMIN);
        String title = "Archive me " + System.nanoTime();
        long lessonId = oneSentenceLesson(title, "One sentence.");
        String slug = editing.overview(fixtures.admin()).stream()
                .filter(l -> l.lessonId() == lessonId)
                .findFirst()
                .orElseThrow()
                .slug();
        navigate("admin/lessons");
        assertThat(GridKt._getFormattedRow(grid(), row(slug))).contains("revision 1 is a draft");
        assertThat(_get(
                                GridKt._getCellComponent(grid(), row(slug), "export"),
                                com.vaadin.flow.component.html.Span.class)
                        .getText())
                .isEqualTo("Not published yet");

        _click(_get(
                GridKt._getCellComponent(grid(), row(slug), "actions"),
                Button.class,
                s -> s.withId("archive-" + slug)));
        assertThat(String.join(" ", GridKt._getFormattedRow(grid(), row(slug)))).contains("· archived");
        assertThat(editing.overview(fixtures.admin())).anyMatch(l -> l.lessonId() == lessonId && l.archived());
        _click(_get(
                GridKt._getCellComponent(grid(), row(slug), "actions"),
                Button.class,
                s -> s.withId("archive-" + slug)));
        assertThat(editing.overview(fixtures.admin())).anyMatch(l -> l.lessonId() == lessonId && !l.archived());

        _click(_get(
                GridKt._getCellComponent(grid(), row(slug), "actions"), Button.class, s -> s.withId("edit-" + slug)));
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath())
                .isEqualTo("admin/lessons/" + lessonId + "/edit");
    }

    @Test
    void a_lesson_is_found_by_its_title_and_duplicated_into_a_draft_of_a_new_lesson() {
        signIn("admin", Role.ADMIN);
        String title = "Steppe rivers " + System.nanoTime();
        long lessonId = oneSentenceLesson(title, "The Ural flows south.");
        navigate("admin/lessons");

        _setValue(
                _get(com.vaadin.flow.component.textfield.TextField.class, s -> s.withId("lesson-search")),
                title.toUpperCase(java.util.Locale.ROOT));
        assertThat(GridKt._size(grid())).isEqualTo(1);
        String slug = GridKt._get(grid(), 0).slug();
        Component cell = GridKt._getCellComponent(grid(), 0, "actions");
        _click(_get(cell, Button.class, s -> s.withId("duplicate-" + slug)));

        LessonOverview copy = editing.overview(fixtures.admin()).stream()
                .filter(l -> l.title().equals(title + " (copy)"))
                .findFirst()
                .orElseThrow();
        assertThat(copy.lessonId()).isNotEqualTo(lessonId);
        assertThat(copy.draftNumber()).isEqualTo(1);
        assertThat(currentPath()).isEqualTo("admin/lessons/" + copy.lessonId() + "/edit");
        assertThat(editing.open(fixtures.admin(), copy.lessonId()).sections())
                .isEqualTo(editing.open(fixtures.admin(), lessonId).sections());
    }

    @Test
    void a_lesson_no_class_used_is_deleted_after_a_confirmation_and_one_a_class_used_is_refused_by_name() {
        signIn("admin", Role.ADMIN);
        String title = "To delete " + System.nanoTime();
        oneSentenceLesson(title, "One sentence.");
        fixtures.session(fixtures.teacher(), org.agora.classroom.Feedback.IMMEDIATE, 1);
        navigate("admin/lessons");
        String slug = editing.overview(fixtures.admin()).stream()
                .filter(l -> l.title().equals(title))
                .findFirst()
                .orElseThrow()
                .slug();

        _click(_get(
                GridKt._getCellComponent(grid(), row(slug), "actions"), Button.class, s -> s.withId("delete-" + slug)));
        com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt._fireConfirm(
                _get(com.vaadin.flow.component.confirmdialog.ConfirmDialog.class));

        assertThat(editing.overview(fixtures.admin())).noneMatch(l -> l.title().equals(title));
        assertThat(_get(com.vaadin.flow.component.html.Paragraph.class, s -> s.withId("import-result"))
                        .getText())
                .isEqualTo("The lesson “" + title + "” was deleted.");

        _click(_get(
                GridKt._getCellComponent(grid(), row("kazakhstan-syria"), "actions"),
                Button.class,
                s -> s.withId("delete-kazakhstan-syria")));
        com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt._fireConfirm(
                _get(com.vaadin.flow.component.confirmdialog.ConfirmDialog.class));
        assertThat(editing.overview(fixtures.admin())).anyMatch(l -> l.slug().equals("kazakhstan-syria"));
        assertThat(_get(com.vaadin.flow.component.html.Paragraph.class, s -> s.withId("import-result"))
                        .getText())
                .startsWith("A class used this lesson");
    }
}
