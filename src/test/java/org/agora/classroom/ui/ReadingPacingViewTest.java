package org.agora.classroom.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.fakeservlet.FakeRequest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.server.VaadinServletRequest;
import jakarta.servlet.http.Cookie;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.agora.KaribuTest;
import org.agora.account.Actor;
import org.agora.base.ui.PlainButton;
import org.agora.classroom.AnswerInput;
import org.agora.classroom.AnswerService;
import org.agora.classroom.ClassSessionService;
import org.agora.classroom.Feedback;
import org.agora.classroom.Gate;
import org.agora.classroom.JoinService;
import org.agora.classroom.Pacing;
import org.agora.classroom.SessionSettings;
import org.agora.classroom.SessionSummary;
import org.agora.lesson.LessonContent;
import org.agora.lesson.LessonContent.OptionContent;
import org.agora.lesson.LessonContent.QuestionContent;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Every state of the student's screen that the session's settings and the teacher's pacing bring. */
class ReadingPacingViewTest extends KaribuTest {

    @Autowired
    JoinService joins;

    @Autowired
    ClassSessionService sessions;

    @Autowired
    AnswerService answers;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    org.agora.classroom.StudentService students;

    private Actor teacher;
    private SessionSummary session;
    private String token;

    private void start(SessionSettings settings) {
        teacher = fixtures.teacher();
        session = sessions.create(teacher, fixtures.bundledRevision(), settings);
        token = joins.join(session.joinCode(), "Fern").resumeToken();
        reload();
    }

    /** What the student sees after a reload: the screen drawn from the database. */
    private void reload() {
        reopenBrowser();
        FakeRequest request = (FakeRequest) VaadinServletRequest.getCurrent().getRequest();
        request.addCookie(new Cookie(ResumeCookie.NAME, token));
        navigate("lesson");
    }

    private static SessionSettings live(Feedback feedback, Gate gate) {
        return new SessionSettings("Live class", feedback, 1, Pacing.LIVE, null, gate);
    }

    private static String title() {
        return _get(H2.class, s -> s.withId("section-title")).getText();
    }

    private static PlainButton send(String key) {
        return _get(PlainButton.class, s -> s.withId("send-" + key));
    }

    private static String blocked(String key) {
        return _get(Paragraph.class, s -> s.withId("blocked-" + key)).getText();
    }

    private static AnswerInput right(QuestionContent q) {
        return AnswerInput.choice(q.options().stream()
                .filter(OptionContent::correct)
                .map(o -> String.valueOf(o.id()))
                .toList());
    }

    @Test
    void before_the_teacher_opens_a_section_the_student_waits_and_can_answer_the_poll() {
        start(live(Feedback.IMMEDIATE, Gate.OFF));
        assertThat(title()).isEqualTo("Waiting for your teacher");
        assertThat(_get(Paragraph.class, s -> s.withId("waiting")).getText()).contains("no need to reload");
        assertThat(send("poll-before").isEnabled()).isTrue();
        assertThat(_find(PlainButton.class, s -> s.withId("send-s1-q1"))).isEmpty();
        assertThat(_get(Button.class, s -> s.withId("next-section")).isEnabled())
                .isFalse();
    }

    @Test
    void an_opened_section_shows_its_text_and_takes_answers_and_the_next_one_waits() {
        start(live(Feedback.IMMEDIATE, Gate.OFF));
        sessions.openNextSection(teacher, session.id());
        reload();
        LessonContent lesson = fixtures.bundledLesson();
        assertThat(title()).isEqualTo(lesson.sections().get(0).title());
        assertThat(send("s1-q1").isEnabled()).isTrue();
        Button next = _get(Button.class, s -> s.withId("next-section"));
        assertThat(next.isEnabled()).isFalse();
        assertThat(next.getText()).contains("not open yet");
    }

    @Test
    void a_locked_section_says_so_and_takes_no_answer() {
        start(live(Feedback.IMMEDIATE, Gate.OFF));
        sessions.openNextSection(teacher, session.id());
        sessions.lockAnswers(teacher, session.id());
        reload();
        assertThat(blocked("s1-q1")).isEqualTo("Your teacher has locked answering for this section.");
        assertThat(send("s1-q1").isEnabled()).isFalse();
        QuestionContent q = fixtures.bundledLesson().question("s1-q1").orElseThrow();
        org.assertj.core.api.Assertions.assertThatThrownBy(
                        () -> answers.submit(token, "s1-q1", UUID.randomUUID().toString(), right(q)))
                .hasMessageContaining("locked");
    }

    @Test
    void with_deferred_feedback_results_appear_only_when_the_teacher_reveals() {
        start(live(Feedback.DEFERRED, Gate.OFF));
        sessions.openNextSection(teacher, session.id());
        QuestionContent q = fixtures.bundledLesson().question("s1-q1").orElseThrow();
        answers.submit(token, "s1-q1", UUID.randomUUID().toString(), right(q));
        reload();
        assertThat(_get(Span.class, s -> s.withId("state-s1-q1")).getText()).isEqualTo("Saved");
        sessions.revealAnswers(teacher, session.id());
        reload();
        assertThat(_get(Span.class, s -> s.withId("state-s1-q1")).getText()).isEqualTo("Correct");
        assertThat(com.github.mvysny.kaributesting.v10.BasicUtilsKt.get_textRecursively(
                        _get(com.vaadin.flow.component.html.Div.class, s -> s.withId("question-s1-q1"))))
                .contains(q.explanation());
    }

    @Test
    void after_the_closing_time_the_student_reads_but_cannot_answer() {
        start(new SessionSettings(
                "Homework",
                Feedback.IMMEDIATE,
                1,
                Pacing.SELF_PACED,
                Instant.now().plusSeconds(3600),
                Gate.OFF));
        assertThat(send("s1-q1").isEnabled()).isTrue();
        jdbc.update(
                "update class_session set closes_at = ? where id = ?",
                Timestamp.from(Instant.now().minusSeconds(60)),
                session.id());
        reload();
        assertThat(_get(Paragraph.class, s -> s.withId("session-closed")).getText())
                .contains("closing time has passed");
        assertThat(blocked("s1-q1")).contains("closing time has passed");
        assertThat(send("s1-q1").isEnabled()).isFalse();
        assertThat(_get(Button.class, s -> s.withId("next-section")).isEnabled())
                .isTrue();
    }

    @Test
    void the_debate_opens_once_the_section_s_questions_are_answered() {
        start(new SessionSettings("Gate", Feedback.IMMEDIATE, 2, Pacing.SELF_PACED, null, Gate.ANSWERED));
        assertThat(blocked("s1-d1"))
                .isEqualTo("Answer questions 1.1, 1.2, 1.3, 1.4 and 1.5 of this section first: then the debate opens.");
        assertThat(send("s1-d1").isEnabled()).isFalse();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> answers.submit(
                        token,
                        "s1-d1",
                        UUID.randomUUID().toString(),
                        AnswerInput.stance(3, "A reason of some length.")))
                .hasMessageContaining("then the debate opens");

        LessonContent lesson = fixtures.bundledLesson();
        List<QuestionContent> comprehension = lesson.sections().get(0).questions().stream()
                .filter(q -> q.type().isComprehension())
                .toList();
        for (QuestionContent q : comprehension) {
            answers.submit(token, q.key(), UUID.randomUUID().toString(), anyAnswer(q, lesson));
        }
        reload();
        assertThat(_find(Paragraph.class, s -> s.withId("blocked-s1-d1"))).isEmpty();
        assertThat(send("s1-d1").isEnabled()).isTrue();
    }

    @Test
    void a_closed_debate_names_the_questions_still_to_answer() {
        start(new SessionSettings("Gate", Feedback.IMMEDIATE, 2, Pacing.SELF_PACED, null, Gate.ANSWERED));
        LessonContent lesson = fixtures.bundledLesson();
        for (String key : List.of("s1-q1", "s1-q3", "s1-q4")) {
            answers.submit(
                    token,
                    key,
                    UUID.randomUUID().toString(),
                    anyAnswer(lesson.question(key).orElseThrow(), lesson));
        }
        reload();
        assertThat(blocked("s1-d1"))
                .isEqualTo("Answer questions 1.2 and 1.5 of this section first: then the debate opens.");
        assertThatThrownBy(() -> answers.submit(
                        token,
                        "s1-d2",
                        UUID.randomUUID().toString(),
                        AnswerInput.stance(3, "A reason of some length.")))
                .hasMessage("Answer questions 1.2 and 1.5 of this section first: then the debate opens.");

        answers.submit(
                token,
                "s1-q2",
                UUID.randomUUID().toString(),
                anyAnswer(lesson.question("s1-q2").orElseThrow(), lesson));
        reload();
        assertThat(blocked("s1-d1")).isEqualTo("Answer question 1.5 of this section first: then the debate opens.");
    }

    @Test
    void a_debate_waiting_for_right_answers_names_the_questions_still_wrong() {
        start(new SessionSettings("Gate", Feedback.IMMEDIATE, 2, Pacing.SELF_PACED, null, Gate.CORRECT));
        LessonContent lesson = fixtures.bundledLesson();
        for (QuestionContent q : lesson.sections().get(0).questions()) {
            if (q.type().isComprehension() && !q.key().equals("s1-q4")) {
                answers.submit(token, q.key(), UUID.randomUUID().toString(), rightAnswer(q, lesson));
            }
        }
        answers.submit(token, "s1-q4", UUID.randomUUID().toString(), AnswerInput.text("Moscow"));
        reload();
        assertThat(blocked("s1-d1"))
                .isEqualTo("Answer question 1.4 of this section correctly first (or use up your tries):"
                        + " then the debate opens.");
    }

    private static AnswerInput rightAnswer(QuestionContent q, LessonContent lesson) {
        return switch (q.type()) {
            case SHORT_TEXT -> AnswerInput.text(q.acceptedAnswers().get(0));
            case ORDERING ->
                AnswerInput.choice(
                        q.options().stream().map(o -> String.valueOf(o.id())).toList());
            case EVIDENCE -> AnswerInput.choice(List.copyOf(q.evidenceSentenceKeys()));
            case TRUE_FALSE, SINGLE_CHOICE, MULTIPLE_CHOICE ->
                AnswerInput.choice(q.options().stream()
                        .filter(o -> o.correct())
                        .map(o -> String.valueOf(o.id()))
                        .toList());
            default -> throw new IllegalArgumentException(q.key());
        };
    }

    private static AnswerInput anyAnswer(QuestionContent q, LessonContent lesson) {
        return switch (q.type()) {
            case SHORT_TEXT -> AnswerInput.text("something");
            case ORDERING ->
                AnswerInput.choice(
                        q.options().stream().map(o -> String.valueOf(o.id())).toList());
            case EVIDENCE ->
                AnswerInput.choice(List.of(lesson.sectionOf(q.key())
                        .orElseThrow()
                        .sentences()
                        .findFirst()
                        .orElseThrow()
                        .key()));
            default ->
                AnswerInput.choice(List.of(String.valueOf(q.options().get(0).id())));
        };
    }

    /** What a push brings: the screen re-reads the student's place. */
    private void push() {
        _get(ReadingView.class).apply(students.resume(token).orElseThrow());
    }

    @Test
    void a_live_update_shows_another_tab_s_answer_and_keeps_this_tab_s_unsent_draft() {
        start(new SessionSettings("Tabs", Feedback.IMMEDIATE, 1, Pacing.SELF_PACED, null, Gate.OFF));
        com.vaadin.flow.component.textfield.TextField draft = _get(
                _get(com.vaadin.flow.component.html.Div.class, s -> s.withId("question-s1-q4")),
                com.vaadin.flow.component.textfield.TextField.class);
        com.github.mvysny.kaributesting.v10.LocatorJ._setValue(draft, "my draft");
        QuestionContent q = fixtures.bundledLesson().question("s1-q1").orElseThrow();
        answers.submit(token, "s1-q1", UUID.randomUUID().toString(), right(q));
        push();
        assertThat(_get(Span.class, s -> s.withId("state-s1-q1")).getText()).isEqualTo("Correct");
        assertThat(draft.getValue()).isEqualTo("my draft");
        assertThat(_get(Span.class, s -> s.withId("state-s1-q4")).getText()).isEqualTo("Not sent yet");
    }

    @Test
    void a_late_live_update_does_not_take_back_a_newer_answer() {
        start(new SessionSettings("Late", Feedback.IMMEDIATE, 2, Pacing.SELF_PACED, null, Gate.OFF));
        QuestionContent q = fixtures.bundledLesson().question("s1-q1").orElseThrow();
        answers.submit(
                token,
                "s1-q1",
                UUID.randomUUID().toString(),
                AnswerInput.choice(List.of(String.valueOf(q.options().stream()
                        .filter(o -> !o.correct())
                        .findFirst()
                        .orElseThrow()
                        .id()))));
        var before = students.resume(token).orElseThrow();
        reload();
        Ticks.tickRight(
                _get(com.vaadin.flow.component.html.Div.class, s -> s.withId("question-s1-q1")), q.options(), true);
        com.github.mvysny.kaributesting.v10.LocatorJ._click(send("s1-q1"));
        assertThat(_get(Span.class, s -> s.withId("state-s1-q1")).getText()).isEqualTo("Correct");
        _get(ReadingView.class).apply(before);
        assertThat(_get(Span.class, s -> s.withId("state-s1-q1")).getText()).isEqualTo("Correct");
    }

    @Test
    void in_a_live_session_the_class_moves_on_to_the_section_the_teacher_opens() {
        start(live(Feedback.IMMEDIATE, Gate.OFF));
        sessions.openNextSection(teacher, session.id());
        push();
        LessonContent lesson = fixtures.bundledLesson();
        assertThat(title()).isEqualTo(lesson.sections().get(0).title());
        sessions.openNextSection(teacher, session.id());
        push();
        assertThat(title()).isEqualTo(lesson.sections().get(1).title());
    }

    @Autowired
    org.agora.classroom.ClassBoards boards;

    /** The class's state as every screen of the class is handed it, read once for all. */
    private void share(org.agora.classroom.ClassState state) {
        _get(ReadingView.class).follow(java.util.Optional.of(state));
    }

    private org.agora.classroom.ClassState classState() {
        return boards.read(session.id()).orElseThrow();
    }

    @Test
    void the_class_s_shared_state_moves_the_screen_on_and_an_older_one_arriving_late_is_skipped() {
        start(live(Feedback.IMMEDIATE, Gate.OFF));
        sessions.openNextSection(teacher, session.id());
        org.agora.classroom.ClassState one = classState();
        share(one);
        LessonContent lesson = fixtures.bundledLesson();
        assertThat(title()).isEqualTo(lesson.sections().get(0).title());
        sessions.openNextSection(teacher, session.id());
        org.agora.classroom.ClassState two = classState();
        assertThat(two.version()).isGreaterThan(one.version());
        share(two);
        assertThat(title()).isEqualTo(lesson.sections().get(1).title());

        share(one);
        assertThat(title())
                .as("a state read before the last one, delivered late, changes nothing")
                .isEqualTo(lesson.sections().get(1).title());
        assertThat(_get(Button.class, s -> s.withId("previous-section")).isEnabled())
                .isTrue();
    }

    @Test
    void the_header_and_the_pager_change_in_place_when_the_class_s_state_changes() {
        start(live(Feedback.IMMEDIATE, Gate.OFF));
        sessions.openNextSection(teacher, session.id());
        share(classState());
        Button next = _get(Button.class, s -> s.withId("next-section"));
        Button previous = _get(Button.class, s -> s.withId("previous-section"));
        Span who = _get(Span.class, s -> s.withId("student-name"));
        assertThat(_find(Button.class, s -> s.withId("open-wall"))).isEmpty();

        sessions.showWall(teacher, session.id(), true);
        sessions.lockAnswers(teacher, session.id());
        share(classState());

        assertThat(_get(Button.class, s -> s.withId("open-wall")).isVisible()).isTrue();
        assertThat(_get(Button.class, s -> s.withId("next-section")))
                .as("the same button, its state changed")
                .isSameAs(next);
        assertThat(_get(Button.class, s -> s.withId("previous-section"))).isSameAs(previous);
        assertThat(_get(Span.class, s -> s.withId("student-name"))).isSameAs(who);
        assertThat(next.getText()).isEqualTo(next.getTranslation("lesson.next.not-open"));
    }

    @Test
    void after_a_reveal_a_wrong_answer_has_no_tries_left_and_shows_the_right_one() {
        start(new SessionSettings("Reveal", Feedback.DEFERRED, 2, Pacing.LIVE, null, Gate.OFF));
        sessions.openNextSection(teacher, session.id());
        QuestionContent q = fixtures.bundledLesson().question("s1-q1").orElseThrow();
        answers.submit(
                token,
                "s1-q1",
                UUID.randomUUID().toString(),
                AnswerInput.choice(List.of(String.valueOf(q.options().stream()
                        .filter(o -> !o.correct())
                        .findFirst()
                        .orElseThrow()
                        .id()))));
        sessions.revealAnswers(teacher, session.id());
        push();
        assertThat(_get(Span.class, s -> s.withId("state-s1-q1")).getText()).isEqualTo("Incorrect");
        String rightText = q.options().stream()
                .filter(OptionContent::correct)
                .findFirst()
                .orElseThrow()
                .text();
        assertThat(_get(Paragraph.class, s -> s.withId("right-s1-q1")).getText())
                .endsWith(rightText);
    }

    @Test
    void a_reveal_handed_out_with_the_class_s_state_shows_the_right_answer_without_reading_the_student_s_answers() {
        start(new SessionSettings("Reveal shared", Feedback.DEFERRED, 2, Pacing.LIVE, null, Gate.OFF));
        sessions.openNextSection(teacher, session.id());
        QuestionContent q = fixtures.bundledLesson().question("s1-q1").orElseThrow();
        answers.submit(
                token,
                "s1-q1",
                UUID.randomUUID().toString(),
                AnswerInput.choice(List.of(String.valueOf(q.options().stream()
                        .filter(o -> !o.correct())
                        .findFirst()
                        .orElseThrow()
                        .id()))));
        reload();
        assertThat(_get(Span.class, s -> s.withId("state-s1-q1")).getText()).isNotEqualTo("Incorrect");
        sessions.revealAnswers(teacher, session.id());
        share(classState());
        assertThat(_get(Span.class, s -> s.withId("state-s1-q1")).getText()).isEqualTo("Incorrect");
        String rightText = q.options().stream()
                .filter(OptionContent::correct)
                .findFirst()
                .orElseThrow()
                .text();
        assertThat(_get(Paragraph.class, s -> s.withId("right-s1-q1")).getText())
                .endsWith(rightText);
    }
}
