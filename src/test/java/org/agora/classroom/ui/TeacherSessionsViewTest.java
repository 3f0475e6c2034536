package org.agora.classroom.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import org.agora.Fixtures;
import org.agora.KaribuTest;
import org.agora.account.Role;
import org.agora.classroom.ClassSessionService;
import org.agora.classroom.Feedback;
import org.agora.classroom.SessionSummary;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class TeacherSessionsViewTest extends KaribuTest {

    @Autowired
    ClassSessionService sessions;

    @Autowired
    org.agora.lesson.LessonExporter exporter;

    @Autowired
    org.agora.lesson.LessonImporter importer;

    @Test
    void a_closed_session_is_reopened_from_the_list_and_an_open_one_offers_nothing_to_reopen() {
        Fixtures.Account teacher = signInAs(Role.TEACHER);
        SessionSummary open = fixtures.session(teacher.actor(), Feedback.IMMEDIATE, 1);
        SessionSummary closed = fixtures.session(teacher.actor(), Feedback.IMMEDIATE, 1);
        sessions.close(teacher.actor(), closed.id());
        navigate("teacher");
        @SuppressWarnings("unchecked")
        Grid<SessionSummary> grid = _get(Grid.class, s -> s.withId("session-list"));
        assertThat(GridKt._get(grid, 0).id()).isEqualTo(closed.id());
        assertThat(GridKt._get(grid, 1).id()).isEqualTo(open.id());
        assertThat(GridKt._getCellComponent(grid, 1, "reopen").isVisible()).isFalse();

        Button reopen = (Button) GridKt._getCellComponent(grid, 0, "reopen");
        assertThat(reopen.getText()).isEqualTo("Reopen");
        _click(reopen);

        assertThat(sessions.get(teacher.actor(), closed.id()).isOpen()).isTrue();
        assertThat(GridKt._getFormattedRow(grid, 0)).contains("open");
        assertThat(GridKt._getCellComponent(grid, 0, "reopen").isVisible()).isFalse();
    }

    @Test
    void a_teacher_creates_a_session_and_lands_on_its_screen() {
        Fixtures.Account teacher = signInAs(Role.TEACHER);
        navigate("teacher");
        _click(_get(Button.class, s -> s.withId("new-session")));
        _setValue(_get(TextField.class, s -> s.withId("session-title")), "9C Friday");
        @SuppressWarnings("unchecked")
        RadioButtonGroup<Feedback> feedback = _get(RadioButtonGroup.class, s -> s.withId("session-feedback"));
        _setValue(feedback, Feedback.DEFERRED);
        _setValue(_get(IntegerField.class, s -> s.withId("session-attempts")), 2);
        _setValue(_get(com.vaadin.flow.component.checkbox.Checkbox.class, s -> s.withId("session-premoderate")), true);
        _click(_get(Button.class, s -> s.withId("create-session")));

        SessionSummary created = sessions.list(teacher.actor(), 0, 50).get(0);
        assertThat(currentPath()).isEqualTo("teacher/sessions/" + created.id());
        assertThat(created.title()).isEqualTo("9C Friday");
        assertThat(created.feedback()).isEqualTo(Feedback.DEFERRED);
        assertThat(created.maxAttempts()).isEqualTo(2);
        assertThat(created.premoderate()).isTrue();
    }

    @Test
    void an_empty_title_is_refused_on_the_field_and_nothing_is_created() {
        Fixtures.Account teacher = signInAs(Role.TEACHER);
        navigate("teacher");
        _click(_get(Button.class, s -> s.withId("new-session")));
        _click(_get(Button.class, s -> s.withId("create-session")));
        TextField title = _get(TextField.class, s -> s.withId("session-title"));
        assertThat(title.isInvalid()).isTrue();
        assertThat(title.getErrorMessage()).contains("Give the session a title");
        assertThat(sessions.list(teacher.actor(), 0, 50)).isEmpty();
    }

    @Test
    void the_list_shows_only_the_teacher_s_own_sessions() {
        fixtures.session(fixtures.teacher(), Feedback.IMMEDIATE, 1);
        Fixtures.Account teacher = signInAs(Role.TEACHER);
        SessionSummary mine = fixtures.session(teacher.actor(), Feedback.IMMEDIATE, 1);
        navigate("teacher");
        @SuppressWarnings("unchecked")
        Grid<SessionSummary> grid = _get(Grid.class, s -> s.withId("session-list"));
        assertThat(GridKt._size(grid)).isEqualTo(1);
        assertThat(GridKt._get(grid, 0).id()).isEqualTo(mine.id());
    }

    @Test
    void lessons_with_the_same_title_are_told_apart_in_the_picker() throws Exception {
        String bundled = new String(
                exporter.json(fixtures.admin(), fixtures.bundledRevision()), java.nio.charset.StandardCharsets.UTF_8);
        String slug = "same-title-" + java.util.UUID.randomUUID().toString().substring(0, 8);
        importer.importFile(
                fixtures.admin(),
                bundled.replace("\"slug\" : \"kazakhstan-syria\"", "\"slug\" : \"" + slug + "\"")
                        .getBytes(java.nio.charset.StandardCharsets.UTF_8));
        signInAs(Role.TEACHER);
        navigate("teacher");
        _click(_get(Button.class, s -> s.withId("new-session")));

        @SuppressWarnings("unchecked")
        com.vaadin.flow.component.select.Select<org.agora.lesson.LessonSummary> picker =
                _get(com.vaadin.flow.component.select.Select.class, s -> s.withId("session-lesson"));
        java.util.List<String> labels = picker.getListDataView()
                .getItems()
                .map(picker.getItemLabelGenerator())
                .toList();
        assertThat(labels).doesNotHaveDuplicates().anyMatch(l -> l.contains(slug + ", revision 1"));
    }
}
