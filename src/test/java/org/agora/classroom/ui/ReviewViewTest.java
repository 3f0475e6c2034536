package org.agora.classroom.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.agora.Fixtures;
import org.agora.KaribuTest;
import org.agora.account.Role;
import org.agora.classroom.AnswerInput;
import org.agora.classroom.AnswerService;
import org.agora.classroom.ClassSessionService;
import org.agora.classroom.Feedback;
import org.agora.classroom.Gate;
import org.agora.classroom.JoinService;
import org.agora.classroom.Pacing;
import org.agora.classroom.ReviewItem;
import org.agora.classroom.ReviewService;
import org.agora.classroom.RubricFeedback;
import org.agora.classroom.SessionSettings;
import org.agora.classroom.SessionSummary;
import org.agora.classroom.StudentService;
import org.agora.classroom.WallService;
import org.agora.classroom.WallStatus;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class ReviewViewTest extends KaribuTest {

    @Autowired
    JoinService joins;

    @Autowired
    AnswerService answers;

    @Autowired
    StudentService students;

    @Autowired
    ReviewService reviews;

    @Autowired
    ClassSessionService sessions;

    @Autowired
    WallService walls;

    @SuppressWarnings("unchecked")
    private static void score(String id, int value) {
        _setValue(_get(RadioButtonGroup.class, s -> s.withId(id)), value);
    }

    @SuppressWarnings("unchecked")
    private static RadioButtonGroup<Integer> group(String id) {
        return _get(RadioButtonGroup.class, s -> s.withId(id));
    }

    private static String text(String id) {
        return _get(Paragraph.class, s -> s.withId(id)).getText();
    }

    private static void click(String id) {
        _click(_get(Button.class, s -> s.withId(id)));
    }

    private static String comment() {
        return _get(TextArea.class, s -> s.withId("review-comment")).getValue();
    }

    /** A session whose arguments reach the wall only once approved, with these students' arguments. */
    private SessionSummary premoderated(Fixtures.Account teacher, String... names) {
        SessionSummary session = sessions.create(
                teacher.actor(),
                fixtures.bundledRevision(),
                new SessionSettings("Moderated", Feedback.IMMEDIATE, 1, Pacing.SELF_PACED, null, Gate.OFF, true, true));
        for (String name : names) {
            String token = joins.join(session.joinCode(), name).resumeToken();
            answers.submit(
                    token, "s1-d1", UUID.randomUUID().toString(), AnswerInput.stance(4, name + " argues for it."));
        }
        return session;
    }

    private ReviewItem stored(Fixtures.Account teacher, SessionSummary session, String name) {
        return reviews.arguments(teacher.actor(), session.id(), "s1-d1").stream()
                .filter(i -> i.studentName().equals(name))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void approving_or_hiding_keeps_the_scores_and_comment_typed_so_far() {
        Fixtures.Account teacher = signInAs(Role.TEACHER);
        SessionSummary session = premoderated(teacher, "Ana", "Ben");
        navigate("teacher/sessions/" + session.id() + "/review");

        score("score-claim", 2);
        score("score-evidence", 1);
        score("score-reasoning", 2);
        _setValue(_get(TextArea.class, s -> s.withId("review-comment")), "Which talks? Name them.");
        click("approve-argument");

        assertThat(text("review-wall-state")).isEqualTo("On the wall (without the name).");
        assertThat(Arrays.asList(
                        group("score-claim").getValue(),
                        group("score-evidence").getValue(),
                        group("score-reasoning").getValue()))
                .as("the scores typed before approving are still in the form")
                .containsExactly(2, 1, 2);
        assertThat(comment()).isEqualTo("Which talks? Name them.");
        assertThat(stored(teacher, session, "Ana").wall()).isEqualTo(WallStatus.APPROVED);
        assertThat(stored(teacher, session, "Ana").scored())
                .as("approving does not save the scores")
                .isFalse();

        click("hide-argument");
        assertThat(text("review-wall-state")).isEqualTo("Hidden from the wall.");
        assertThat(group("score-evidence").getValue()).isEqualTo(1);
        assertThat(comment()).isEqualTo("Which talks? Name them.");

        click("save-review");
        ReviewItem ana = stored(teacher, session, "Ana");
        assertThat(List.of(ana.claim(), ana.evidence(), ana.reasoning())).containsExactly(2, 1, 2);
        assertThat(ana.comment()).isEqualTo("Which talks? Name them.");
        assertThat(ana.wall()).isEqualTo(WallStatus.HIDDEN);
        assertThat(text("review-position")).isEqualTo("Argument 2 of 2");
    }

    @Test
    void unsaved_scores_wait_in_the_form_while_the_teacher_looks_at_another_argument() {
        Fixtures.Account teacher = signInAs(Role.TEACHER);
        SessionSummary session = premoderated(teacher, "Ana", "Ben");
        navigate("teacher/sessions/" + session.id() + "/review");

        score("score-claim", 1);
        click("next-argument");
        assertThat(group("score-claim").getValue()).as("Ben's form is his own").isNull();
        click("previous-argument");
        assertThat(group("score-claim").getValue()).isEqualTo(1);
        assertThat(stored(teacher, session, "Ana").scored()).isFalse();
    }

    @Test
    void a_save_with_a_score_missing_names_the_missing_part_and_stores_nothing() {
        Fixtures.Account teacher = signInAs(Role.TEACHER);
        SessionSummary session = premoderated(teacher, "Ana");
        navigate("teacher/sessions/" + session.id() + "/review");

        click("save-review");
        expectNotifications("Give a score for claim, evidence and reasoning before saving.");

        score("score-claim", 2);
        click("save-review");
        expectNotifications("Give a score for evidence and reasoning before saving.");

        score("score-reasoning", 1);
        click("save-review");
        expectNotifications("Give a score for evidence before saving.");
        assertThat(group("score-evidence").isInvalid()).isTrue();
        assertThat(group("score-evidence").getErrorMessage()).isEqualTo("Give a score for evidence.");
        assertThat(group("score-claim").isInvalid()).isFalse();
        assertThat(stored(teacher, session, "Ana").scored()).isFalse();

        score("score-evidence", 0);
        assertThat(group("score-evidence").isInvalid())
                .as("the error goes once the score is given")
                .isFalse();
        click("save-review");
        assertThat(stored(teacher, session, "Ana").evidence()).isZero();
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
                .contains("Claim: 2 of 2 — A clear, precise position")
                .contains("Evidence: 1 of 2 — Points to the article, but loosely or off the point")
                .contains("Reasoning: 2 of 2 — Explains step by step how the evidence backs the claim")
                .contains("Total: 5 of 6")
                .contains("Which talks? Name them.");
    }

    @Test
    void each_level_of_the_rubric_says_what_it_stands_for() {
        Fixtures.Account teacher = signInAs(Role.TEACHER);
        SessionSummary session = premoderated(teacher, "Ana");
        navigate("teacher/sessions/" + session.id() + "/review");

        assertThat(List.of(0, 1, 2).stream()
                        .map(group("score-claim").getItemLabelGenerator())
                        .toList())
                .containsExactly(
                        "0 · No clear position",
                        "1 · A position, but vague or hedged",
                        "2 · A clear, precise position");
        assertThat(List.of(0, 1, 2).stream()
                        .map(group("score-evidence").getItemLabelGenerator())
                        .toList())
                .containsExactly(
                        "0 · Nothing from the article backs it",
                        "1 · Points to the article, but loosely or off the point",
                        "2 · Cites the article precisely, and it fits the claim");
        assertThat(List.of(0, 1, 2).stream()
                        .map(group("score-reasoning").getItemLabelGenerator())
                        .toList())
                .containsExactly(
                        "0 · Does not say why the evidence matters",
                        "1 · Links evidence and claim, but with gaps",
                        "2 · Explains step by step how the evidence backs the claim");
    }

    @Test
    void the_review_says_how_many_approvals_the_question_needs_before_the_wall_shows_it() {
        Fixtures.Account teacher = signInAs(Role.TEACHER);
        SessionSummary session = premoderated(teacher, "Ana", "Ben", "Cleo");
        navigate("teacher/sessions/" + session.id() + "/review");

        assertThat(text("review-wall-count"))
                .isEqualTo("0 approved · the wall and the spotlight show this question from 3: approve 3 more");
        click("approve-argument");
        assertThat(text("review-wall-count"))
                .isEqualTo("1 approved · the wall and the spotlight show this question from 3: approve 2 more");
        click("next-argument");
        click("approve-argument");
        assertThat(text("review-wall-count"))
                .isEqualTo("2 approved · the wall and the spotlight show this question from 3: approve 1 more");
        click("next-argument");
        click("approve-argument");
        assertThat(text("review-wall-count"))
                .isEqualTo("3 approved · enough for the wall and the spotlight to show this question");
        assertThat(walls.wallForProjector(teacher.actor(), session.id())
                        .questions()
                        .get(0)
                        .shown())
                .isTrue();

        click("hide-argument");
        assertThat(text("review-wall-count"))
                .isEqualTo("2 approved · the wall and the spotlight show this question from 3: approve 1 more");
        assertThat(walls.wallForProjector(teacher.actor(), session.id())
                        .questions()
                        .get(0)
                        .shown())
                .isFalse();
    }

    @Test
    void approve_all_shown_approves_the_waiting_arguments_says_how_many_and_leaves_hidden_ones_hidden() {
        Fixtures.Account teacher = signInAs(Role.TEACHER);
        SessionSummary session = premoderated(teacher, "Ana", "Ben", "Cleo", "Dan");
        navigate("teacher/sessions/" + session.id() + "/review");
        click("next-argument");
        click("next-argument");
        click("next-argument");
        click("hide-argument");
        click("previous-argument");
        score("score-claim", 1);

        click("approve-all");

        expectNotifications("3 arguments approved for the wall; one hidden argument stays hidden.");
        assertThat(text("review-wall-state")).isEqualTo("On the wall (without the name).");
        assertThat(group("score-claim").getValue())
                .as("what the teacher typed stays")
                .isEqualTo(1);
        assertThat(text("review-wall-count"))
                .isEqualTo("3 approved · enough for the wall and the spotlight to show this question");
        assertThat(List.of("Ana", "Ben", "Cleo", "Dan").stream()
                        .map(name -> stored(teacher, session, name).wall())
                        .toList())
                .containsExactly(WallStatus.APPROVED, WallStatus.APPROVED, WallStatus.APPROVED, WallStatus.HIDDEN);
        assertThat(walls.wallForProjector(teacher.actor(), session.id())
                        .questions()
                        .get(0)
                        .count())
                .isEqualTo(3);

        click("approve-all");
        expectNotifications("No argument was waiting for approval; one hidden argument stays hidden.");
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
