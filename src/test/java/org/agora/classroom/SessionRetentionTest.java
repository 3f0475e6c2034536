package org.agora.classroom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.agora.AgoraTest;
import org.agora.Fixtures;
import org.agora.account.Actor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

class SessionRetentionTest extends AgoraTest {

    @Autowired
    SessionRetention retention;

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
    ClassSessionService sessions;

    @Autowired
    Fixtures fixtures;

    @Autowired
    AnswerAcceptance acceptance;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Clock clock;

    private Actor teacher;

    @BeforeEach
    void setUp() {
        teacher = fixtures.teacher();
    }

    /**
     * A closed session with three students, their answers, a review, the spotlight, device keys
     * and an answer the teacher accepted.
     */
    private Used usedSession() {
        SessionSummary session = fixtures.session(teacher, Feedback.IMMEDIATE, 1);
        String ana = joins.join(session.joinCode(), "Ana").resumeToken();
        String ben = joins.join(session.joinCode(), "Ben").resumeToken();
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
        answers.submit(ana, "s1-q4", UUID.randomUUID().toString(), AnswerInput.text("Almaty"));
        acceptance.accept(teacher, session.id(), "s1-q4", "Almaty");
        links.open(links.create(ana).token());
        long argument = reviews.arguments(teacher, session.id(), "s1-d1").get(0).answerId();
        reviews.score(teacher, session.id(), argument, 2, 1, 2, "Well argued.");
        reviews.spotlight(teacher, session.id(), argument);
        sessions.close(teacher, session.id());
        return new Used(session.id(), List.of(ana, ben));
    }

    private record Used(long id, List<String> tokens) {}

    /** The session's rows in every table that holds class data. */
    private Map<String, Long> rowsOf(long sessionId) {
        String students = "(select id from participant where session_id = " + sessionId + ")";
        String answersOf = "(select id from answer where participant_id in " + students + ")";
        return Map.of(
                "class_session",
                count("select count(*) from class_session where id = " + sessionId),
                "participant",
                count("select count(*) from participant where session_id = " + sessionId),
                "participant_key",
                count("select count(*) from participant_key where participant_id in " + students),
                "answer",
                count("select count(*) from answer where participant_id in " + students),
                "answer_review",
                count("select count(*) from answer_review where answer_id in " + answersOf),
                "session_accepted_answer",
                count("select count(*) from session_accepted_answer where session_id = " + sessionId));
    }

    private long count(String sql) {
        return jdbc.queryForObject(sql, Long.class);
    }

    @Test
    void a_session_unused_for_longer_than_a_year_goes_with_every_row_of_it() {
        Used old = usedSession();
        fixtures.lastUsed(old.id(), Duration.ofDays(366));
        assertThat(rowsOf(old.id()))
                .as("before")
                .containsAllEntriesOf(Map.of(
                        "class_session",
                        1L,
                        "participant",
                        3L,
                        "participant_key",
                        2L,
                        "answer",
                        6L,
                        "answer_review",
                        1L,
                        "session_accepted_answer",
                        1L));

        int deleted = retention.purge();

        assertThat(deleted).isGreaterThanOrEqualTo(1);
        assertThat(rowsOf(old.id()))
                .allSatisfy((table, rows) -> assertThat(rows).as(table).isZero());
        assertThat(old.tokens())
                .allSatisfy(token -> assertThat(students.resume(token)).isEmpty());
        assertThatThrownBy(() -> sessions.get(teacher, old.id())).hasMessageContaining("no longer exists");
    }

    @Test
    void a_new_session_and_an_old_one_still_in_use_are_kept_whole() {
        Used fresh = usedSession();
        Used oldButUsed = usedSession();
        fixtures.lastUsed(oldButUsed.id(), Duration.ofDays(500));
        jdbc.update(
                "update participant set last_seen_at = ? where id = (select min(id) from participant "
                        + "where session_id = ?)",
                Timestamp.from(clock.instant().minus(Duration.ofDays(3))),
                oldButUsed.id());
        Used oldButAnswered = usedSession();
        fixtures.lastUsed(oldButAnswered.id(), Duration.ofDays(500));
        jdbc.update(
                "update answer set submitted_at = ? where id = (select min(a.id) from answer a join participant p "
                        + "on p.id = a.participant_id where p.session_id = ?)",
                Timestamp.from(clock.instant().minus(Duration.ofDays(30))),
                oldButAnswered.id());
        Used oldButMarked = usedSession();
        fixtures.lastUsed(oldButMarked.id(), Duration.ofDays(500));
        jdbc.update(
                "update session_accepted_answer set accepted_at = ? where session_id = ?",
                Timestamp.from(clock.instant().minus(Duration.ofDays(10))),
                oldButMarked.id());
        Map<String, Long> before = rowsOf(fresh.id());

        retention.purge();

        for (Used kept : List.of(fresh, oldButUsed, oldButAnswered, oldButMarked)) {
            assertThat(rowsOf(kept.id())).as("session " + kept.id()).isEqualTo(before);
            assertThat(students.resume(kept.tokens().get(0))).isPresent();
        }
    }

    @Test
    void the_age_is_the_configured_number_of_days() {
        Used withinAYear = usedSession();
        fixtures.lastUsed(withinAYear.id(), Duration.ofDays(364));

        retention.purge();
        assertThat(rowsOf(withinAYear.id()).get("class_session"))
                .as("364 days < the default 365")
                .isEqualTo(1);

        retention.purgeUnusedFor(Duration.ofDays(300));
        assertThat(rowsOf(withinAYear.id()))
                .allSatisfy((table, rows) -> assertThat(rows).as(table).isZero());
    }

    @Test
    void an_age_under_one_day_is_refused_at_start_up_with_its_name() {
        assertThatThrownBy(() -> new SessionRetention(null, null, null, clock, 0))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("AGORA_RETENTION_DAYS")
                .hasMessageContaining("is 0")
                .hasMessageContaining("1 or more");
    }
}
