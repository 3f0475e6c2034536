package org.agora.classroom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.agora.AgoraTest;
import org.agora.Fixtures;
import org.agora.account.Actor;
import org.agora.base.BadInputException;
import org.agora.base.NotAllowedException;
import org.agora.base.live.LiveUpdateHub;
import org.agora.lesson.LessonContent.QuestionContent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The teacher takes back "Lock answers" and "Close session". */
class UndoPacingTest extends AgoraTest {

    @Autowired
    ClassSessionService sessions;

    @Autowired
    JoinService joins;

    @Autowired
    AnswerService answers;

    @Autowired
    StudentService students;

    @Autowired
    LiveUpdateHub hub;

    @Autowired
    Fixtures fixtures;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Clock clock;

    private final List<LiveUpdateHub.Subscription> subscriptions = new ArrayList<>();

    @AfterEach
    void cancel() {
        subscriptions.forEach(LiveUpdateHub.Subscription::cancel);
    }

    private SessionSummary live(Actor teacher) {
        return sessions.create(
                teacher,
                fixtures.bundledRevision(),
                new SessionSettings("Live", Feedback.IMMEDIATE, 3, Pacing.LIVE, null, Gate.OFF));
    }

    private QuestionContent question(int section) {
        return fixtures.bundledLesson().sections().get(section).questions().get(0);
    }

    private SavedAnswer answer(String token, QuestionContent q) {
        return answers.submit(token, q.key(), UUID.randomUUID().toString(), AnswerServiceTest.rightAnswer(q));
    }

    private List<String> followed(String token) {
        List<String> heard = new ArrayList<>();
        StudentPlace place = students.resume(token).orElseThrow();
        subscriptions.add(hub.subscribe(
                place.sessionId(), place.concernsMe().or(ClassState.CHANGES), () -> heard.add("changed")));
        return heard;
    }

    @Test
    void unlocking_lets_the_class_answer_the_last_locked_section_again_and_their_screens_follow() {
        Actor teacher = fixtures.teacher();
        SessionSummary session = live(teacher);
        sessions.openNextSection(teacher, session.id());
        sessions.openNextSection(teacher, session.id());
        String token = joins.join(session.joinCode(), "Dana").resumeToken();
        sessions.lockAnswers(teacher, session.id());
        assertThatThrownBy(() -> answer(token, question(1)))
                .isInstanceOf(BadInputException.class)
                .hasMessageContaining("locked");
        List<String> heard = followed(token);

        SessionSummary unlocked = sessions.unlockAnswers(teacher, session.id());

        assertThat(unlocked.lockedSections())
                .as("only the last locked section opens")
                .isEqualTo(1);
        assertThat(heard).as("the student's screen follows").isNotEmpty();
        assertThat(answer(token, question(1)).correct()).isTrue();
        assertThat(students.resume(token).orElseThrow().answers())
                .containsKey(question(1).key());
        assertThatThrownBy(() -> answer(token, question(0))).hasMessageContaining("locked");
    }

    @Test
    void nothing_locked_or_a_revealed_section_cannot_be_unlocked() {
        Actor teacher = fixtures.teacher();
        SessionSummary session = live(teacher);
        sessions.openNextSection(teacher, session.id());
        assertThatThrownBy(() -> sessions.unlockAnswers(teacher, session.id()))
                .isInstanceOf(BadInputException.class)
                .hasMessage("Answering is not locked in any section.");
        sessions.revealAnswers(teacher, session.id());
        assertThatThrownBy(() -> sessions.unlockAnswers(teacher, session.id()))
                .isInstanceOf(BadInputException.class)
                .hasMessageContaining("revealed");
        assertThat(sessions.get(teacher, session.id()).lockedSections()).isEqualTo(1);
    }

    @Test
    void a_closed_session_reopens_students_answer_and_join_again_and_their_screens_follow() {
        Actor teacher = fixtures.teacher();
        SessionSummary session = fixtures.session(teacher, Feedback.IMMEDIATE, 1);
        String token = joins.join(session.joinCode(), "Dana").resumeToken();
        sessions.close(teacher, session.id());
        assertThatThrownBy(() -> answer(token, question(0))).isInstanceOf(BadInputException.class);
        List<String> heard = followed(token);

        SessionSummary reopened = sessions.reopen(teacher, session.id());

        assertThat(reopened.isOpen()).isTrue();
        assertThat(sessions.get(teacher, session.id()).isOpen()).isTrue();
        assertThat(heard).isNotEmpty();
        assertThat(answer(token, question(0)).correct()).isTrue();
        assertThat(joins.join(session.joinCode(), "Eli").resumeToken()).isNotBlank();
        assertThat(jdbc.queryForObject("select closed_at from class_session where id = ?", Object.class, session.id()))
                .isNull();
        assertThatThrownBy(() -> sessions.reopen(teacher, session.id()))
                .isInstanceOf(BadInputException.class)
                .hasMessage("This session is open already.");
    }

    @Test
    void a_self_paced_session_past_its_closing_time_is_not_reopened_and_says_why() {
        Actor teacher = fixtures.teacher();
        SessionSummary session = sessions.create(
                teacher,
                fixtures.bundledRevision(),
                new SessionSettings(
                        "Homework",
                        Feedback.IMMEDIATE,
                        1,
                        Pacing.SELF_PACED,
                        clock.instant().plus(Duration.ofDays(1)),
                        Gate.OFF));
        sessions.close(teacher, session.id());
        jdbc.update(
                "update class_session set closes_at = dateadd('MINUTE', -1, current_timestamp) where id = ?",
                session.id());

        assertThatThrownBy(() -> sessions.reopen(teacher, session.id()))
                .isInstanceOf(BadInputException.class)
                .hasMessageContaining("closing time has passed")
                .hasMessageContaining("new session");
        assertThat(sessions.get(teacher, session.id()).isOpen()).isFalse();
    }

    @Test
    void another_teacher_may_neither_unlock_nor_reopen_and_an_admin_may() {
        Actor teacher = fixtures.teacher();
        Actor other = fixtures.teacher();
        SessionSummary session = live(teacher);
        sessions.openNextSection(teacher, session.id());
        sessions.lockAnswers(teacher, session.id());
        assertThatThrownBy(() -> sessions.unlockAnswers(other, session.id())).isInstanceOf(NotAllowedException.class);
        assertThat(sessions.unlockAnswers(fixtures.admin(), session.id()).lockedSections())
                .isZero();
        sessions.close(teacher, session.id());
        assertThatThrownBy(() -> sessions.reopen(other, session.id())).isInstanceOf(NotAllowedException.class);
        assertThat(sessions.get(teacher, session.id()).isOpen()).isFalse();
        assertThat(sessions.reopen(fixtures.admin(), session.id()).isOpen()).isTrue();
    }
}
