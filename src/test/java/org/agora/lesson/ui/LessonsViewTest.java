package org.agora.lesson.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.upload.Upload;

import org.agora.KaribuTest;
import org.agora.account.Role;
import org.agora.lesson.LessonSummary;
import org.junit.jupiter.api.Test;

class LessonsViewTest extends KaribuTest {

    @Test
    void the_admin_sees_the_published_lessons_each_with_an_export_and_an_import_for_lesson_files() {
        signIn("admin", Role.ADMIN);
        navigate("admin/lessons");
        @SuppressWarnings("unchecked")
        Grid<LessonSummary> grid = _get(Grid.class, s -> s.withId("lesson-list"));
        int row = -1;
        for (int i = 0; i < GridKt._size(grid); i++) {
            if (GridKt._get(grid, i).slug().equals("kazakhstan-syria")) {
                row = i;
            }
        }
        assertThat(row).isNotNegative();
        com.vaadin.flow.component.Component cell = GridKt._getCellComponent(grid, row, "export");
        Anchor export = _get(cell, Anchor.class, s -> s.withId("export-kazakhstan-syria"));
        assertThat(_get(cell, Anchor.class, s -> s.withId("export-gift-kazakhstan-syria")).getHref()).isNotBlank();
        assertThat(export.getHref()).isNotBlank();
        assertThat(_get(Upload.class, s -> s.withId("import-lesson")).getMaxFileSize()).isEqualTo(2 * 1024 * 1024);
    }
}
