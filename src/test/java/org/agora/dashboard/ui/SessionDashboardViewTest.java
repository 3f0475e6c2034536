package org.agora.dashboard.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import java.util.UUID;
import org.agora.Fixtures;
import org.agora.KaribuTest;
import org.agora.account.Role;
import org.agora.classroom.AnswerInput;
import org.agora.classroom.AnswerService;
import org.agora.classroom.ClassSessionService;
import org.agora.classroom.Feedback;
import org.agora.classroom.JoinService;
import org.agora.classroom.SessionSummary;
import org.agora.lesson.LessonContent.OptionContent;
import org.agora.lesson.LessonContent.QuestionContent;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class SessionDashboardViewTest extends KaribuTest {

    @Autowired
    JoinService joins;

    @Autowired
    AnswerService answers;

    @Autowired
    ClassSessionService sessions;

    @Autowired
    org.agora.classroom.Presence presence;

    @Autowired
    org.agora.classroom.SessionRecords records;

    private static String text(String id) {
        return _get(Span.class, s -> s.withId(id)).getText();
    }

    /** The grid's cell of one student and one question, as the teacher reads it. */
    private static String cell(String student, String questionKey) {
        return GridRows.of(_get(Div.class, s -> s.withId("progress-grid")).getElement()).stream()
                .filter(row -> row.name().equals(student))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no row for " + student))
                .cell(questionKey)
                .attr("aria-label");
    }

    private static AnswerInput choose(QuestionContent q, boolean right) {
        return AnswerInput.choice(List.of(q.options().stream()
                .filter(o -> o.correct() == right)
                .map(OptionContent::id)
                .map(String::valueOf)
                .findFirst()
                .orElseThrow()));
    }

    @Test
    void the_session_screen_shows_the_code_the_counts_and_each_answer_in_the_grid() {
        Fixtures.Account teacher = signInAs(Role.TEACHER);
        SessionSummary session = fixtures.session(teacher.actor(), Feedback.IMMEDIATE, 1);
        var lesson = fixtures.bundledLesson();
        String ana = joins.join(session.joinCode(), "Ana").resumeToken();
        String ben = joins.join(session.joinCode(), "<b>Ben</b>").resumeToken();
        QuestionContent q1 = lesson.question("s1-q1").orElseThrow();
        answers.submit(ana, "s1-q1", UUID.randomUUID().toString(), choose(q1, true));
        answers.submit(ben, "s1-q1", UUID.randomUUID().toString(), choose(q1, false));
        answers.submit(ana, "s1-d1", UUID.randomUUID().toString(), AnswerInput.stance(5, "Because of the talks."));

        navigate("teacher/sessions/" + session.id());

        assertThat(text("session-code")).isEqualTo(session.joinCode());
        assertThat(text("student-count")).isEqualTo("2");
        assertThat(text("answer-count")).isEqualTo("3");
        assertThat(cell("Ana", "s1-q1")).isEqualTo("right");
        assertThat(cell("<b>Ben</b>", "s1-q1")).isEqualTo("wrong");
        assertThat(cell("Ana", "s1-d1")).isEqualTo("open answer");
        assertThat(cell("<b>Ben</b>", "s1-d1")).isEqualTo("not answered");

        assertThat(_get(Paragraph.class, s -> s.withId("share-s1-q1")).getText())
                .isEqualTo("2 answered · 50% right");
        String wrongText = q1.options().stream()
                .filter(o -> !o.correct())
                .findFirst()
                .orElseThrow()
                .text();
        assertThat(_get(Paragraph.class, s -> s.withId("wrong-s1-q1")).getText())
                .isEqualTo("Most chosen wrong answer: " + wrongText + ", 1");
        String debate = com.github.mvysny.kaributesting.v10.BasicUtilsKt.get_textRecursively(
                _get(Div.class, s -> s.withId("results-s1-d1")));
        assertThat(debate).contains("1 answered").contains("Strongly agree 1").contains("Disagree 0");
        assertThat(text("online-count")).isEqualTo("0");
    }

    @Test
    void a_student_opening_the_lesson_shows_as_online_and_the_shift_and_citations_appear() {
        Fixtures.Account teacher = signInAs(Role.TEACHER);
        SessionSummary session = fixtures.session(teacher.actor(), Feedback.IMMEDIATE, 1);
        var lesson = fixtures.bundledLesson();
        String ana = joins.join(session.joinCode(), "Ana").resumeToken();
        answers.submit(ana, "poll-before", UUID.randomUUID().toString(), new AnswerInput(List.of(), null, 2));
        answers.submit(ana, "poll-after", UUID.randomUUID().toString(), new AnswerInput(List.of(), null, 4));
        answers.submit(
                ana,
                "s1-d1",
                UUID.randomUUID().toString(),
                AnswerInput.argued(4, "The first sentence says so.", List.of("s1-1")));
        Runnable leave = presence.enter(session.id(), ids(session).get(0));

        navigate("teacher/sessions/" + session.id());

        assertThat(text("online-count")).isEqualTo("1");
        assertThat(_get(Paragraph.class, s -> s.withId("shift-summary")).getText())
                .isEqualTo("1 moved toward agreeing, 0 toward disagreeing, 0 kept their view.");
        assertThat(com.github.mvysny.kaributesting.v10.BasicUtilsKt.get_textRecursively(
                        _get(Span.class, s -> s.withId("cited-s1-d1-s1-1"))))
                .contains("(cited once: Agree 1)");
        leave.run();
    }

    private List<Long> ids(SessionSummary session) {
        return records.participants(fixtures.admin(), session.id()).stream()
                .map(org.agora.classroom.SessionRecords.ParticipantRecord::id)
                .toList();
    }

    @Test
    void another_teacher_gets_a_clear_refusal_and_sees_nothing_of_the_session() {
        SessionSummary session = fixtures.session(fixtures.teacher(), Feedback.IMMEDIATE, 1);
        joins.join(session.joinCode(), "Secret Name");
        signInAs(Role.TEACHER);
        navigate("teacher/sessions/" + session.id());
        assertThat(_get(Paragraph.class, s -> s.withId("not-allowed")).getText())
                .contains("is not one of yours");
        String page = com.github.mvysny.kaributesting.v10.BasicUtilsKt.get_textRecursively(
                com.vaadin.flow.component.UI.getCurrent());
        assertThat(page).doesNotContain("Secret Name").doesNotContain(session.joinCode());
    }

    @Test
    void closing_the_session_asks_first_and_then_refuses_new_students() {
        Fixtures.Account teacher = signInAs(Role.TEACHER);
        SessionSummary session = fixtures.session(teacher.actor(), Feedback.IMMEDIATE, 1);
        navigate("teacher/sessions/" + session.id());
        _click(_get(Button.class, s -> s.withId("close-session")));
        assertThat(sessions.get(teacher.actor(), session.id()).isOpen()).isTrue();
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));
        assertThat(sessions.get(teacher.actor(), session.id()).isOpen()).isFalse();
        assertThat(text("session-status")).isEqualTo("closed");
        assertThat(_get(Button.class, s -> s.withId("close-session")).isEnabled())
                .isFalse();
    }

    @Test
    void the_teacher_unlocks_answering_after_a_lock_and_reopens_a_closed_session_from_the_screen() {
        Fixtures.Account teacher = signInAs(Role.TEACHER);
        SessionSummary session = sessions.create(
                teacher.actor(),
                fixtures.bundledRevision(),
                new org.agora.classroom.SessionSettings(
                        "Live",
                        Feedback.DEFERRED,
                        1,
                        org.agora.classroom.Pacing.LIVE,
                        null,
                        org.agora.classroom.Gate.OFF));
        sessions.openNextSection(teacher.actor(), session.id());
        navigate("teacher/sessions/" + session.id());
        Button unlock = _get(Button.class, s -> s.withId("unlock-answers"));
        assertThat(unlock.isEnabled()).as("nothing locked yet").isFalse();

        _click(_get(Button.class, s -> s.withId("lock-answers")));
        assertThat(unlock.isEnabled()).isTrue();
        _click(unlock);
        assertThat(sessions.get(teacher.actor(), session.id()).lockedSections()).isZero();
        assertThat(text("pacing-state")).isEqualTo("Live: section 1 of 4 open");
        assertThat(unlock.isEnabled()).isFalse();
        assertThat(_get(Button.class, s -> s.withId("lock-answers")).isEnabled())
                .isTrue();

        _assertNone(Button.class, s -> s.withId("reopen-session"));
        _click(_get(Button.class, s -> s.withId("close-session")));
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));
        Button reopen = _get(Button.class, s -> s.withId("reopen-session"));
        _click(reopen);
        assertThat(sessions.get(teacher.actor(), session.id()).isOpen()).isTrue();
        assertThat(text("session-status")).isEqualTo("open");
        assertThat(reopen.isVisible()).isFalse();
        assertThat(_get(Button.class, s -> s.withId("close-session")).isEnabled())
                .isTrue();
    }

    @Test
    void in_a_live_session_the_teacher_opens_locks_and_reveals_from_the_screen() {
        Fixtures.Account teacher = signInAs(Role.TEACHER);
        SessionSummary session = sessions.create(
                teacher.actor(),
                fixtures.bundledRevision(),
                new org.agora.classroom.SessionSettings(
                        "Live",
                        Feedback.DEFERRED,
                        1,
                        org.agora.classroom.Pacing.LIVE,
                        null,
                        org.agora.classroom.Gate.OFF));
        navigate("teacher/sessions/" + session.id());
        assertThat(text("pacing-state")).isEqualTo("Live: no section open yet");
        assertThat(_get(Button.class, s -> s.withId("lock-answers")).isEnabled())
                .isFalse();

        _click(_get(Button.class, s -> s.withId("open-next-section")));
        assertThat(sessions.get(teacher.actor(), session.id()).openSections()).isEqualTo(1);
        assertThat(text("pacing-state")).isEqualTo("Live: section 1 of 4 open");
        assertThat(_get(Button.class, s -> s.withId("open-next-section")).getText())
                .isEqualTo("Open section 2");

        _click(_get(Button.class, s -> s.withId("lock-answers")));
        assertThat(sessions.get(teacher.actor(), session.id()).lockedSections()).isEqualTo(1);
        assertThat(text("pacing-state")).contains("answering locked");

        _click(_get(Button.class, s -> s.withId("reveal-answers")));
        assertThat(sessions.get(teacher.actor(), session.id()).revealedSections())
                .isEqualTo(1);
        assertThat(text("pacing-state"))
                .contains("answers revealed for section 1")
                .doesNotContain("1-1");
        assertThat(_get(Button.class, s -> s.withId("reveal-answers")).isEnabled())
                .isFalse();
        _click(_get(Button.class, s -> s.withId("show-wall")));
        assertThat(sessions.get(teacher.actor(), session.id()).wallOpen()).isTrue();
        assertThat(_get(Button.class, s -> s.withId("show-wall")).getText()).isEqualTo("Close the argument wall");
        _click(_get(Button.class, s -> s.withId("show-wall")));
        assertThat(sessions.get(teacher.actor(), session.id()).wallOpen()).isFalse();
    }

    @Test
    void the_teacher_exports_deletes_a_student_and_then_the_session_each_after_confirming() {
        Fixtures.Account teacher = signInAs(Role.TEACHER);
        SessionSummary session = fixtures.session(teacher.actor(), Feedback.IMMEDIATE, 1);
        joins.join(session.joinCode(), "Ana");
        joins.join(session.joinCode(), "Ben");
        navigate("teacher/sessions/" + session.id());
        assertThat(_get(com.vaadin.flow.component.html.Anchor.class, s -> s.withId("export-csv"))
                        .getHref())
                .isNotBlank();

        long ana = records.participants(teacher.actor(), session.id()).get(0).id();
        _get(Details.class, s -> s.withId("student-list")).setOpened(true);
        _click(_get(Button.class, s -> s.withId("delete-student-" + ana)));
        assertThat(records.participants(teacher.actor(), session.id())).hasSize(2);
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));
        assertThat(records.participants(teacher.actor(), session.id()))
                .extracting(org.agora.classroom.SessionRecords.ParticipantRecord::displayName)
                .containsExactly("Ben");
        assertThat(text("student-count")).isEqualTo("1");

        _click(_get(Button.class, s -> s.withId("delete-session")));
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));
        assertThat(com.vaadin
                        .flow
                        .component
                        .UI
                        .getCurrent()
                        .getInternals()
                        .getActiveViewLocation()
                        .getPath())
                .isEqualTo("teacher");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> sessions.get(teacher.actor(), session.id()))
                .isInstanceOf(org.agora.base.NotAllowedException.class);
    }
}
