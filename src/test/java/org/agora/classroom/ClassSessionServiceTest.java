package org.agora.classroom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.agora.AgoraTest;
import org.agora.Fixtures;
import org.agora.account.Actor;
import org.agora.base.BadInputException;
import org.agora.base.NotAllowedException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class ClassSessionServiceTest extends AgoraTest {

    @Autowired
    ClassSessionService sessions;

    @Autowired
    Fixtures fixtures;

    @Autowired
    JoinService joins;

    @Autowired
    AnswerService answers;

    @Test
    void a_teacher_creates_a_session_with_a_fresh_code_and_sees_it_in_their_list() {
        Actor teacher = fixtures.teacher();
        SessionSummary created =
                sessions.create(teacher, fixtures.bundledRevision(), "  10B  Tuesday ", Feedback.DEFERRED, 2);
        assertThat(created.title()).isEqualTo("10B Tuesday");
        assertThat(JoinCode.normalize(created.joinCode())).hasValue(created.joinCode());
        assertThat(created.feedback()).isEqualTo(Feedback.DEFERRED);
        assertThat(sessions.list(teacher, 0, 50)).extracting(SessionSummary::id).containsExactly(created.id());
    }

    @Test
    void the_session_counts_each_student_s_answer_to_a_question_once_however_often_they_tried() {
        Actor teacher = fixtures.teacher();
        SessionSummary session = fixtures.session(teacher, Feedback.IMMEDIATE, 3);
        String token = joins.join(session.joinCode(), "Ana").resumeToken();
        answers.submit(token, "poll-before", java.util.UUID.randomUUID().toString(), AnswerInput.stance(3, null));
        AnswerInput wrong = AnswerInput.text("Almaty");
        answers.submit(token, "s1-q4", java.util.UUID.randomUUID().toString(), wrong);
        answers.submit(token, "s1-q4", java.util.UUID.randomUUID().toString(), AnswerInput.text("Astana"));

        assertThat(sessions.get(teacher, session.id()).answerCount()).isEqualTo(2);
        assertThat(sessions.list(teacher, 0, 50))
                .singleElement()
                .extracting(SessionSummary::answerCount)
                .isEqualTo(2L);
    }

    @Test
    void teacher_b_is_refused_teacher_a_s_session_and_an_admin_is_not() {
        Actor a = fixtures.teacher();
        Actor b = fixtures.teacher();
        SessionSummary session = fixtures.session(a, Feedback.IMMEDIATE, 1);
        assertThatThrownBy(() -> sessions.get(b, session.id()))
                .isInstanceOf(NotAllowedException.class)
                .hasMessageContaining("is not one of yours");
        assertThatThrownBy(() -> sessions.close(b, session.id())).isInstanceOf(NotAllowedException.class);
        assertThat(sessions.list(b, 0, 50)).extracting(SessionSummary::id).doesNotContain(session.id());
        assertThat(sessions.get(fixtures.admin(), session.id()).id()).isEqualTo(session.id());
        assertThat(sessions.get(a, session.id()).isOpen()).isTrue();
    }

    @Test
    void what_the_projector_shows_is_stored_on_the_session_and_only_its_teacher_or_an_admin_may_choose_it() {
        Actor teacher = fixtures.teacher();
        Actor other = fixtures.teacher();
        SessionSummary session = fixtures.session(teacher, Feedback.IMMEDIATE, 1);
        assertThat(session.projector()).as("a new session shows its join code").isEqualTo(ProjectorChoice.CODE);

        sessions.showOnProjector(teacher, session.id(), ProjectorChoice.results("s1-q1"));
        assertThat(sessions.get(teacher, session.id()).projector()).isEqualTo(ProjectorChoice.results("s1-q1"));

        assertThatThrownBy(() -> sessions.showOnProjector(other, session.id(), ProjectorChoice.of(ProjectorMode.WALL)))
                .isInstanceOf(NotAllowedException.class)
                .hasMessageContaining("is not one of yours");
        assertThatThrownBy(() -> sessions.showOnProjector(teacher, session.id(), ProjectorChoice.results("s9-q9")))
                .isInstanceOf(BadInputException.class)
                .hasMessageStartingWith("That question is not part of this lesson");
        assertThatThrownBy(() -> sessions.showOnProjector(teacher, session.id(), ProjectorChoice.results("poll-after")))
                .isInstanceOf(BadInputException.class);
        assertThatThrownBy(() -> sessions.showOnProjector(teacher, session.id(), null))
                .hasMessage("Choose what the projector shows.");
        assertThat(sessions.get(teacher, session.id()).projector())
                .as("the refusals changed nothing")
                .isEqualTo(ProjectorChoice.results("s1-q1"));

        sessions.showOnProjector(fixtures.admin(), session.id(), ProjectorChoice.of(ProjectorMode.SHIFT));
        assertThat(sessions.get(teacher, session.id()).projector()).isEqualTo(ProjectorChoice.of(ProjectorMode.SHIFT));
        sessions.close(teacher, session.id());
        sessions.showOnProjector(teacher, session.id(), ProjectorChoice.CODE);
        assertThat(sessions.get(teacher, session.id()).projector())
                .as("a closed session's projector still follows its teacher")
                .isEqualTo(ProjectorChoice.CODE);
    }

    @Test
    void a_missing_session_and_another_teacher_s_get_the_same_refusal() {
        Actor a = fixtures.teacher();
        SessionSummary session = fixtures.session(fixtures.teacher(), Feedback.IMMEDIATE, 1);
        assertThatThrownBy(() -> sessions.get(a, session.id()))
                .hasMessage("Class session " + session.id() + " is not one of yours, or no longer exists.");
        assertThatThrownBy(() -> sessions.get(a, 987654321L))
                .hasMessage("Class session 987654321 is not one of yours, or no longer exists.");
    }

    @Test
    void the_list_counts_students_and_answers_per_session_and_pages() {
        Actor teacher = fixtures.teacher();
        SessionSummary first = fixtures.session(teacher, Feedback.IMMEDIATE, 1);
        SessionSummary second = fixtures.session(teacher, Feedback.IMMEDIATE, 1);
        joins.join(second.joinCode(), "Ana");
        joins.join(second.joinCode(), "Ben");
        assertThat(sessions.list(teacher, 0, 50))
                .extracting(SessionSummary::id, SessionSummary::studentCount)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(second.id(), 2L),
                        org.assertj.core.groups.Tuple.tuple(first.id(), 0L));
        assertThat(sessions.list(teacher, 1, 1)).extracting(SessionSummary::id).containsExactly(first.id());
    }

    @Test
    void bad_settings_are_refused_by_field() {
        Actor teacher = fixtures.teacher();
        long revision = fixtures.bundledRevision();
        assertThatThrownBy(() -> sessions.create(teacher, revision, " ", Feedback.IMMEDIATE, 1))
                .isInstanceOf(BadInputException.class)
                .hasMessageContaining("Give the session a title");
        assertThatThrownBy(() -> sessions.create(teacher, revision, "x".repeat(121), Feedback.IMMEDIATE, 1))
                .hasMessageContaining("longer than 120");
        assertThatThrownBy(() -> sessions.create(teacher, revision, "10B", Feedback.IMMEDIATE, 9))
                .hasMessageContaining("between 1 and 5");
        assertThatThrownBy(() -> sessions.create(teacher, -5, "10B", Feedback.IMMEDIATE, 1))
                .hasMessageContaining("published lesson");
        assertThat(sessions.list(teacher, 0, 50)).isEmpty();
    }
}
