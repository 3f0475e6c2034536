package org.agora.dashboard.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import org.agora.KaribuTest;
import org.agora.account.Role;
import org.agora.classroom.Feedback;
import org.agora.classroom.JoinService;
import org.agora.classroom.SessionSummary;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A big class on the dashboard: the grid draws fifty students at a time, the teacher pages
 * through them or finds one by name, and the folded student list holds no buttons.
 */
class StudentWindowTest extends KaribuTest {

    @Autowired
    JoinService joins;

    private SessionSummary classOf(int students) {
        SessionSummary session = fixtures.session(signInAs(Role.TEACHER).actor(), Feedback.IMMEDIATE, 1);
        for (int i = 1; i <= students; i++) {
            joins.join(session.joinCode(), "Student " + i);
        }
        navigate("teacher/sessions/" + session.id());
        return session;
    }

    /** The names of the grid's rows, top to bottom. */
    private static List<String> namesInGrid() {
        return GridRows.of(_get(Div.class, s -> s.withId("progress-grid")).getElement()).stream()
                .map(GridRows.Row::name)
                .toList();
    }

    private static String range() {
        return _get(Span.class, s -> s.withId("student-range")).getText();
    }

    private static int listed() {
        return _get(StudentList.class, s -> s.withId("student-list")).itemsShown();
    }

    @Test
    void a_class_of_120_is_drawn_fifty_at_a_time_and_paged() {
        classOf(120);
        assertThat(namesInGrid()).hasSize(50).startsWith("Student 1").endsWith("Student 50");
        assertThat(range()).isEqualTo("Students 1–50 of 120");
        assertThat(listed()).as("the folded student list holds no one").isZero();

        Button next = _get(Button.class, s -> s.withId("next-students"));
        _click(next);
        assertThat(namesInGrid()).hasSize(50).startsWith("Student 51").endsWith("Student 100");
        _click(next);
        assertThat(namesInGrid()).hasSize(20).endsWith("Student 120");
        assertThat(range()).isEqualTo("Students 101–120 of 120");
        assertThat(next.isEnabled()).isFalse();

        _get(Details.class, s -> s.withId("student-list")).setOpened(true);
        assertThat(listed()).as("the open list shows the page's students").isEqualTo(20);
        _click(_get(Button.class, s -> s.withId("previous-students")));
        assertThat(namesInGrid()).startsWith("Student 51");
        assertThat(listed()).isEqualTo(50);
    }

    @Test
    void the_teacher_finds_students_by_part_of_the_name() {
        classOf(120);
        _get(TextField.class, s -> s.withId("find-student")).setValue(" student 11");
        assertThat(namesInGrid())
                .containsExactly(
                        "Student 11",
                        "Student 110",
                        "Student 111",
                        "Student 112",
                        "Student 113",
                        "Student 114",
                        "Student 115",
                        "Student 116",
                        "Student 117",
                        "Student 118",
                        "Student 119");
        // eleven fit on one page
        _assertNone(Div.class, s -> s.withClasses("agora-pager"));

        _get(TextField.class, s -> s.withId("find-student")).setValue("Zed");
        assertThat(_get(Div.class, s -> s.withId("progress-grid")).getElement().getTextRecursively())
                .isEqualTo("No student’s name holds what you typed.");
    }

    @Test
    void a_class_that_fits_one_page_shows_every_student_and_no_pager() {
        classOf(30);
        assertThat(namesInGrid()).hasSize(30);
        _assertNone(StudentWindow.class);
    }
}
