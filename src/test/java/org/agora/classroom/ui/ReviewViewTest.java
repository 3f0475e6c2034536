package org.agora.classroom.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.UUID;
import org.agora.Fixtures;
import org.agora.KaribuTest;
import org.agora.account.Role;
import org.agora.classroom.AnswerInput;
import org.agora.classroom.AnswerService;
import org.agora.classroom.Feedback;
import org.agora.classroom.JoinService;
import org.agora.classroom.RubricFeedback;
import org.agora.classroom.SessionSummary;
import org.agora.classroom.StudentService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class ReviewViewTest extends KaribuTest {

    @Autowired
    JoinService joins;

    @Autowired
    AnswerService answers;

    @Autowired
    StudentService students;

    @SuppressWarnings("unchecked")
    private static void score(String id, int value) {
        _setValue(_get(RadioButtonGroup.class, s -> s.withId(id)), value);
    }

    private static String text(String id) {
        return _get(Paragraph.class, s -> s.withId(id)).getText();
    }

    @Test
    void the_teacher_scores_arguments_one_after_another_and_releases_the_feedback() {
        Fixtures.Account teacher = signInAs(Role.TEACHER);
        SessionSummary session = fixtures.session(teacher.actor(), Feedback.IMMEDIATE, 1);
        String ana = joins.join(session.joinCode(), "Ana").resumeToken();
        String ben = joins.join(session.joinCode(), "Ben").resumeToken();
        answers.submit(ana, "s1-d1", UUID.randomUUID().toString(), AnswerInput.stance(5, "Kazakhstan talks to all."));
        answers.submit(ben, "s1-d1", UUID.randomUUID().toString(), AnswerInput.stance(1, "Russia decides anyway."));

        navigate("teacher/sessions/" + session.id() + "/review");

        assertThat(text("review-position")).isEqualTo("Argument 1 of 2");
        assertThat(_get(Span.class, s -> s.withId("review-student")).getText()).isEqualTo("Ana");
        assertThat(text("review-text")).isEqualTo("Kazakhstan talks to all.");
        _click(_get(Button.class, s -> s.withId("save-review")));
        assertThat(text("review-summary"))
                .as("nothing saved without the three scores")
                .startsWith("0 of 2 scored");

        score("score-claim", 2);
        score("score-evidence", 1);
        score("score-reasoning", 2);
        _setValue(_get(TextArea.class, s -> s.withId("review-comment")), "Which talks? Name them.");
        _click(_get(Button.class, s -> s.withId("save-review")));

        assertThat(text("review-position")).isEqualTo("Argument 2 of 2");
        assertThat(_get(Span.class, s -> s.withId("review-student")).getText()).isEqualTo("Ben");
        assertThat(text("review-summary")).isEqualTo("1 of 2 scored · 1 not yet released to students");
        assertThat(students.resume(ana).orElseThrow().answers().get("s1-d1").review())
                .isNull();

        _click(_get(Button.class, s -> s.withId("hide-argument")));
        assertThat(text("review-wall-state")).isEqualTo("Hidden from the wall.");

        _click(_get(Button.class, s -> s.withId("release-feedback")));
        assertThat(students.resume(ana).orElseThrow().answers().get("s1-d1").review())
                .isEqualTo(new RubricFeedback(2, 1, 2, "Which talks? Name them."));
        assertThat(text("review-summary")).isEqualTo("1 of 2 scored · 0 not yet released to students");

        // Ana's own screen shows the feedback on her argument.
        reopenBrowser();
        ((com.github.mvysny.fakeservlet.FakeRequest)
                        com.vaadin.flow.server.VaadinServletRequest.getCurrent().getRequest())
                .addCookie(new jakarta.servlet.http.Cookie(ResumeCookie.NAME, ana));
        navigate("lesson");
        String feedback = com.github.mvysny.kaributesting.v10.BasicUtilsKt.get_textRecursively(
                _get(com.vaadin.flow.component.html.Div.class, s -> s.withId("review-s1-d1")));
        assertThat(feedback)
                .contains("Claim 2/2 · Evidence 1/2 · Reasoning 2/2 · Total 5/6")
                .contains("Which talks? Name them.");
    }

    @Test
    void the_spotlight_says_why_the_projector_stays_dark_and_with_enough_arguments_the_projector_shows_it() {
        Fixtures.Account teacher = signInAs(Role.TEACHER);
        SessionSummary session = fixtures.session(teacher.actor(), Feedback.IMMEDIATE, 1);
        String ana = joins.join(session.joinCode(), "Ana").resumeToken();
        answers.submit(ana, "s1-d1", UUID.randomUUID().toString(), AnswerInput.stance(5, "Kazakhstan talks to all."));

        navigate("teacher/sessions/" + session.id() + "/review");
        _click(_get(Button.class, s -> s.withId("spotlight-argument")));
        NotificationsKt.expectNotifications(
                "Not on the projector: this question has 1 approved argument and the spotlight needs 3."
                        + " Approve 2 more.");

        for (String name : new String[] {"Ben", "Cleo"}) {
            String token = joins.join(session.joinCode(), name).resumeToken();
            answers.submit(
                    token, "s1-d1", UUID.randomUUID().toString(), AnswerInput.stance(2, name + " doubts the talks."));
        }
        navigate("teacher/sessions/" + session.id() + "/review");
        _click(_get(Button.class, s -> s.withId("spotlight-argument")));
        NotificationsKt.expectNotifications("The argument is on the projector, without its author.");

        navigate("teacher/sessions/" + session.id() + "/projector");
        assertThat(_get(Paragraph.class, s -> s.withId("projector-spotlight")).getText())
                .isEqualTo("Kazakhstan talks to all.");
    }

    @Test
    void another_teacher_sees_a_refusal_and_no_argument() {
        SessionSummary session = fixtures.session(fixtures.teacher(), Feedback.IMMEDIATE, 1);
        String ana = joins.join(session.joinCode(), "Secret Ana").resumeToken();
        answers.submit(ana, "s1-d1", UUID.randomUUID().toString(), AnswerInput.stance(5, "A private argument."));
        signInAs(Role.TEACHER);
        navigate("teacher/sessions/" + session.id() + "/review");
        assertThat(text("not-allowed")).contains("not one of yours");
        String page = com.github.mvysny.kaributesting.v10.BasicUtilsKt.get_textRecursively(
                com.vaadin.flow.component.UI.getCurrent());
        assertThat(page).doesNotContain("Secret Ana").doesNotContain("A private argument.");
    }
}
