package org.agora.dashboard.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.BasicUtilsKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;
import org.agora.Fixtures;
import org.agora.KaribuTest;
import org.agora.account.Actor;
import org.agora.account.Role;
import org.agora.classroom.AnswerInput;
import org.agora.classroom.AnswerService;
import org.agora.classroom.ClassSessionService;
import org.agora.classroom.Feedback;
import org.agora.classroom.JoinService;
import org.agora.classroom.ProjectorChoice;
import org.agora.classroom.ProjectorMode;
import org.agora.classroom.ReviewService;
import org.agora.classroom.SessionSummary;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class ProjectorViewTest extends KaribuTest {

    @Autowired
    JoinService joins;

    @Autowired
    org.agora.classroom.SessionDeletion deletion;

    @Autowired
    AnswerService answers;

    @Autowired
    ReviewService reviews;

    @Autowired
    ClassSessionService sessions;

    private static String stage() {
        return BasicUtilsKt.get_textRecursively(_get(Div.class, s -> s.withId("projector-stage")));
    }

    private static String page() {
        return BasicUtilsKt.get_textRecursively(UI.getCurrent());
    }

    /** The projector offers nothing to click or fill in: what it shows is chosen on the dashboard. */
    private static void assertNoControls() {
        ProjectorView projector = _get(ProjectorView.class);
        assertThat(_find(projector, Button.class)).isEmpty();
        assertThat(_find(projector, com.vaadin.flow.component.Component.class).stream()
                        .filter(c -> c instanceof HasValue<?, ?>))
                .isEmpty();
    }

    /** Three students argue on s1-d1 and answer s1-q1 with the first option. */
    private SessionSummary classWithAnswers(Actor teacher) {
        SessionSummary session = fixtures.session(teacher, Feedback.IMMEDIATE, 1);
        String[] names = {"Ana Secret", "Ben Secret", "Cleo Secret"};
        for (int i = 0; i < names.length; i++) {
            String token = joins.join(session.joinCode(), names[i]).resumeToken();
            answers.submit(
                    token,
                    "s1-d1",
                    UUID.randomUUID().toString(),
                    AnswerInput.stance(i + 3, "Argument number " + (i + 1) + " from the text."));
            answers.submit(
                    token,
                    "s1-q1",
                    UUID.randomUUID().toString(),
                    AnswerInput.choice(List.of(String.valueOf(fixtures.bundledLesson()
                            .question("s1-q1")
                            .orElseThrow()
                            .options()
                            .get(0)
                            .id()))));
        }
        return session;
    }

    /** Runs the pushes the UI has queued until the stage shows what {@code done} waits for (bounded). */
    private static void awaitStage(Predicate<String> done) {
        awaitPage(() -> done.test(stage()));
    }

    /** Runs the pushes the UI has queued until {@code done} holds (bounded). */
    private static void awaitPage(java.util.function.BooleanSupplier done) {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (!done.getAsBoolean()) {
            assertThat(System.nanoTime())
                    .as("the projector followed within 10 s; it shows: %s", page())
                    .isLessThan(deadline);
            MockVaadin.clientRoundtrip();
            Thread.onSpinWait();
        }
    }

    /** A change made in another browser tab (the dashboard's), on another thread. */
    private static void elsewhere(Runnable change) throws InterruptedException {
        Thread tab = new Thread(change);
        tab.start();
        tab.join();
    }

    @Test
    void the_projector_shows_what_the_dashboard_put_on_it_with_no_controls_and_no_names() {
        Fixtures.Account teacher = signInAs(Role.TEACHER);
        SessionSummary session = classWithAnswers(teacher.actor());
        String projector = "teacher/sessions/" + session.id() + "/projector";
        String dashboard = "teacher/sessions/" + session.id();

        navigate(projector);
        assertThat(_get(Span.class, s -> s.withId("session-code")).getText()).isEqualTo(session.joinCode());
        assertThat(_get(Paragraph.class, s -> s.withId("projector-link")).getText())
                .endsWith("/join/" + session.joinCode());
        assertThat(_get(Image.class, s -> s.withClasses("agora-qr")).getAlt())
                .hasValueSatisfying(alt -> assertThat(alt).contains(session.joinCode()));
        assertNoControls();

        navigate(dashboard);
        assertThat(_get(Paragraph.class, s -> s.withId("projector-now")).getText())
                .isEqualTo("The projector shows the join code.");
        _click(_get(Button.class, s -> s.withId("project-s1-q1")));
        assertThat(_get(Paragraph.class, s -> s.withId("projector-now")).getText())
                .startsWith("The projector shows the results of s1-q1");
        assertThat(_get(Button.class, s -> s.withId("project-s1-q1")).getText()).isEqualTo("On the projector now");
        assertThat(_get(Button.class, s -> s.withId("project-s1-q1")).isEnabled())
                .isFalse();
        assertThat(sessions.get(teacher.actor(), session.id()).projector()).isEqualTo(ProjectorChoice.results("s1-q1"));
        navigate(projector);
        assertThat(stage()).contains("3 answered").doesNotContain(session.joinCode());
        assertNoControls();

        navigate(dashboard);
        _click(_get(Button.class, s -> s.withId("project-shift")));
        navigate(projector);
        assertThat(stage()).startsWith("Opinion before and after reading");

        navigate(dashboard);
        _click(_get(Button.class, s -> s.withId("project-wall")));
        navigate(projector);
        assertThat(stage()).contains("Argument number 1 from the text.", "Argument number 3 from the text.");

        navigate(dashboard);
        assertThat(_get(Button.class, s -> s.withId("project-spotlight")).isEnabled())
                .as("nothing in the spotlight yet")
                .isFalse();
        navigate(projector);
        long third =
                reviews.arguments(teacher.actor(), session.id(), "s1-d1").get(2).answerId();
        reviews.spotlight(teacher.actor(), session.id(), third);
        navigate(dashboard);
        assertThat(_get(Paragraph.class, s -> s.withId("projector-now")).getText())
                .as("the review screen's spotlight put the projector on it")
                .isEqualTo("The projector shows the spotlighted argument.");
        assertThat(_get(Span.class, s -> s.withId("projector-spotlit")).getText())
                .isEqualTo("Argument number 3 from the text.");
        _click(_get(Button.class, s -> s.withId("project-code")));
        _click(_get(Button.class, s -> s.withId("project-spotlight")));
        navigate(projector);
        assertThat(_get(Paragraph.class, s -> s.withId("projector-spotlight")).getText())
                .isEqualTo("Argument number 3 from the text.");
        assertThat(page()).doesNotContain("Secret");
        assertNoControls();

        navigate(dashboard);
        _click(_get(Button.class, s -> s.withId("project-code")));
        navigate(projector);
        assertThat(_get(Span.class, s -> s.withId("session-code")).getText()).isEqualTo(session.joinCode());
    }

    @Test
    void an_open_projector_follows_the_teacher_s_next_choice_by_itself() throws InterruptedException {
        Fixtures.Account teacher = signInAs(Role.TEACHER);
        SessionSummary session = classWithAnswers(teacher.actor());
        navigate("teacher/sessions/" + session.id() + "/projector");
        assertThat(stage()).contains(session.joinCode());

        elsewhere(() -> sessions.showOnProjector(teacher.actor(), session.id(), ProjectorChoice.results("s1-q1")));
        awaitStage(shown -> shown.contains("3 answered"));

        elsewhere(
                () -> sessions.showOnProjector(teacher.actor(), session.id(), ProjectorChoice.of(ProjectorMode.WALL)));
        awaitStage(shown -> shown.contains("Argument number 2 from the text."));

        long first =
                reviews.arguments(teacher.actor(), session.id(), "s1-d1").get(0).answerId();
        elsewhere(() -> reviews.spotlight(teacher.actor(), session.id(), first));
        awaitStage(shown -> shown.contains("Argument number 1 from the text.") && !shown.contains("number 2"));
        assertThat(_get(Paragraph.class, s -> s.withId("projector-spotlight")).getText())
                .isEqualTo("Argument number 1 from the text.");
        assertThat(page()).doesNotContain("Secret");
        assertNoControls();
    }

    @Test
    void an_open_projector_says_the_session_is_gone_once_it_is_deleted_elsewhere() throws InterruptedException {
        Fixtures.Account teacher = signInAs(Role.TEACHER);
        SessionSummary session = classWithAnswers(teacher.actor());
        navigate("teacher/sessions/" + session.id() + "/projector");

        elsewhere(() -> deletion.deleteSession(teacher.actor(), session.id()));

        awaitPage(() -> !_find(Paragraph.class, s -> s.withId("not-allowed")).isEmpty());
        assertThat(_get(Paragraph.class, s -> s.withId("not-allowed")).getText())
                .contains("not one of yours, or no longer exists");
        assertThat(_find(Div.class, s -> s.withId("projector-stage"))).isEmpty();
    }

    @Test
    void the_projector_of_a_session_with_named_walls_still_shows_no_name() {
        Fixtures.Account teacher = signInAs(Role.TEACHER);
        SessionSummary session = sessions.create(
                teacher.actor(),
                fixtures.bundledRevision(),
                new org.agora.classroom.SessionSettings(
                        "Named",
                        Feedback.IMMEDIATE,
                        1,
                        org.agora.classroom.Pacing.SELF_PACED,
                        null,
                        org.agora.classroom.Gate.OFF,
                        true,
                        false,
                        true));
        for (String name : new String[] {"Ana Secret", "Ben Secret", "Cleo Secret"}) {
            String token = joins.join(session.joinCode(), name).resumeToken();
            answers.submit(
                    token, "s1-d1", UUID.randomUUID().toString(), AnswerInput.stance(4, "An argument on the wall."));
        }
        sessions.showOnProjector(teacher.actor(), session.id(), ProjectorChoice.of(ProjectorMode.WALL));
        navigate("teacher/sessions/" + session.id() + "/projector");
        assertThat(stage()).contains("An argument on the wall.");
        assertThat(page()).doesNotContain("Secret");
    }

    @Test
    void another_teacher_gets_a_refusal() {
        SessionSummary session = fixtures.session(fixtures.teacher(), Feedback.IMMEDIATE, 1);
        signInAs(Role.TEACHER);
        navigate("teacher/sessions/" + session.id() + "/projector");
        assertThat(_get(Paragraph.class, s -> s.withId("not-allowed")).getText())
                .contains("not one of yours");
        assertThat(BasicUtilsKt.get_textRecursively(UI.getCurrent())).doesNotContain(session.joinCode());
    }
}
