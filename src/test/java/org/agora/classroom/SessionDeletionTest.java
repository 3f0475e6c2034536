package org.agora.classroom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.UUID;
import org.agora.AgoraTest;
import org.agora.Fixtures;
import org.agora.account.Actor;
import org.agora.base.NotAllowedException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

class SessionDeletionTest extends AgoraTest {

    @Autowired
    SessionDeletion deletion;

    @Autowired
    JoinService joins;

    @Autowired
    AnswerService answers;

    @Autowired
    ReviewService reviews;

    @Autowired
    DeviceLinks links;

    @Autowired
    StudentService students;

    @Autowired
    SessionRecords records;

    @Autowired
    Fixtures fixtures;

    @Autowired
    JdbcTemplate jdbc;

    private Actor teacher;
    private SessionSummary session;
    private String ana;
    private String ben;

    @BeforeEach
    void setUp() {
        teacher = fixtures.teacher();
        session = fixtures.session(teacher, Feedback.IMMEDIATE, 1);
        ana = joins.join(session.joinCode(), "Ana").resumeToken();
        ben = joins.join(session.joinCode(), "Ben").resumeToken();
        for (String token : List.of(ana, ben)) {
            answers.submit(token, "poll-before", UUID.randomUUID().toString(), new AnswerInput(List.of(), null, 3));
            answers.submit(
                    token, "s1-d1", UUID.randomUUID().toString(), AnswerInput.stance(4, "A reason from the text."));
        }
        // A third argument: the spotlight needs three approved ones on the question.
        answers.submit(
                joins.join(session.joinCode(), "Cleo").resumeToken(),
                "s1-d1",
                UUID.randomUUID().toString(),
                AnswerInput.stance(2, "Another reason."));
        links.open(links.create(ana).token());
        links.create(ana);
        long anaArgument = reviews.arguments(teacher, session.id(), "s1-d1").stream()
                .filter(i -> i.studentName().equals("Ana"))
                .findFirst()
                .orElseThrow()
                .answerId();
        reviews.score(teacher, session.id(), anaArgument, 2, 2, 2, "Good.");
        reviews.spotlight(teacher, session.id(), anaArgument);
    }

    private long rowsOfParticipant(long participantId) {
        return jdbc.queryForObject("select count(*) from answer where participant_id = ?", Long.class, participantId)
                + jdbc.queryForObject(
                        "select count(*) from answer_review r join answer a on a.id = r.answer_id "
                                + "where a.participant_id = ?",
                        Long.class,
                        participantId)
                + jdbc.queryForObject(
                        "select count(*) from participant_key where participant_id = ?", Long.class, participantId)
                + jdbc.queryForObject("select count(*) from participant where id = ?", Long.class, participantId);
    }

    private long participantId(String name) {
        return records.participants(teacher, session.id()).stream()
                .filter(p -> p.displayName().equals(name))
                .findFirst()
                .orElseThrow()
                .id();
    }

    @Test
    void deleting_a_student_leaves_no_row_of_theirs_and_the_rest_of_the_class_intact() {
        long anaId = participantId("Ana");
        long benId = participantId("Ben");
        assertThat(rowsOfParticipant(anaId))
                .as("2 answers, 1 review, 3 keys, the student")
                .isEqualTo(2 + 1 + 3 + 1);

        deletion.deleteStudent(teacher, session.id(), anaId);

        assertThat(rowsOfParticipant(anaId)).isZero();
        assertThat(students.resume(ana)).isEmpty();
        org.assertj.core.api.Assertions.assertThatThrownBy(
                        () -> answers.submit(ana, "s1-q1", UUID.randomUUID().toString(), AnswerInput.text("x")))
                .isInstanceOf(NotAllowedException.class)
                .hasMessage("Your place in this class was not found. Join again with the class code.");
        assertThat(rowsOfParticipant(benId)).isEqualTo(2 + 1);
        assertThat(reviews.spotlight(teacher, session.id()))
                .as("her argument leaves the projector")
                .isEmpty();
        assertThat(records.participants(teacher, session.id()))
                .extracting(SessionRecords.ParticipantRecord::displayName)
                .containsExactly("Ben", "Cleo");
    }

    @Test
    void deleting_the_session_leaves_no_row_of_it() {
        long anaId = participantId("Ana");
        long benId = participantId("Ben");

        deletion.deleteSession(teacher, session.id());

        assertThat(rowsOfParticipant(anaId) + rowsOfParticipant(benId)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from class_session where id = ?", Long.class, session.id()))
                .isZero();
        assertThat(students.resume(ben)).isEmpty();
    }

    @Test
    void another_teacher_cannot_delete_and_nothing_is_deleted() {
        Actor intruder = fixtures.teacher();
        long anaId = participantId("Ana");
        assertThatThrownBy(() -> deletion.deleteStudent(intruder, session.id(), anaId))
                .isInstanceOf(NotAllowedException.class);
        assertThatThrownBy(() -> deletion.deleteSession(intruder, session.id()))
                .isInstanceOf(NotAllowedException.class);
        SessionSummary other = fixtures.session(teacher, Feedback.IMMEDIATE, 1);
        assertThatThrownBy(() -> deletion.deleteStudent(teacher, other.id(), anaId))
                .hasMessage("That student is not in this session (any more).");
        assertThat(rowsOfParticipant(anaId)).isEqualTo(7);
    }
}
