package org.agora.classroom.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.fakeservlet.FakeRequest;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.server.VaadinServletRequest;
import jakarta.servlet.http.Cookie;
import org.agora.KaribuTest;
import org.agora.account.Actor;
import org.agora.base.ui.PlainButton;
import org.agora.classroom.AnswerAcceptance;
import org.agora.classroom.Feedback;
import org.agora.classroom.JoinService;
import org.agora.classroom.SessionSummary;
import org.agora.classroom.StudentService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The student's screen after the teacher accepts their typed answer. */
class AcceptedAnswerReadingViewTest extends KaribuTest {

    @Autowired
    JoinService joins;

    @Autowired
    StudentService students;

    @Autowired
    AnswerAcceptance acceptance;

    private static String state(String key) {
        return _get(Span.class, s -> s.withId("state-" + key)).getText();
    }

    @Test
    void a_wrong_answer_the_teacher_accepts_shows_as_correct_on_the_students_screen() {
        Actor teacher = fixtures.teacher();
        SessionSummary session = fixtures.session(teacher, Feedback.IMMEDIATE, 2);
        String token = joins.join(session.joinCode(), "Dana").resumeToken();
        FakeRequest request = (FakeRequest) VaadinServletRequest.getCurrent().getRequest();
        request.addCookie(new Cookie(ResumeCookie.NAME, token));
        navigate("lesson");
        _setValue(_get(_get(Div.class, s -> s.withId("question-s1-q4")), TextField.class), "Almaty");
        _click(_get(PlainButton.class, s -> s.withId("send-s1-q4")));
        assertThat(state("s1-q4")).isEqualTo("Incorrect");

        acceptance.accept(teacher, session.id(), "s1-q4", "Almaty");
        // What the push brings: the screen re-reads the student's place.
        _get(ReadingView.class).apply(students.resume(token).orElseThrow());

        assertThat(state("s1-q4")).isEqualTo("Correct");
        assertThat(_find(PlainButton.class, s -> s.withId("send-s1-q4")))
                .as("a right answer needs no other try")
                .isEmpty();
    }
}
