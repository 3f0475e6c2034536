package org.agora.classroom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.agora.AgoraTest;
import org.agora.Fixtures;
import org.agora.account.Actor;
import org.agora.base.BadInputException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class JoinServiceTest extends AgoraTest {

    @Autowired
    JoinService joins;

    @Autowired
    ClassSessionService sessions;

    @Autowired
    ParticipantRepository participants;

    @Autowired
    Fixtures fixtures;

    private Actor teacher;
    private SessionSummary session;

    @BeforeEach
    void openSession() {
        teacher = fixtures.teacher();
        session = fixtures.session(teacher, Feedback.IMMEDIATE, 1);
    }

    @Test
    void a_student_joins_with_the_code_in_any_case_and_gets_a_token_whose_hash_is_stored() {
        JoinTicket ticket = joins.join(session.joinCode().toLowerCase(), "  Ana   Maria ");
        assertThat(ticket.displayName()).isEqualTo("Ana Maria");
        Participant stored = participants.findById(ticket.participantId()).orElseThrow();
        assertThat(stored.getSessionId()).isEqualTo(session.id());
        assertThat(participants.findByResumeTokenHash(ResumeTokens.hash(ticket.resumeToken())))
                .isPresent();
        assertThat(participants.findByResumeTokenHash(ticket.resumeToken())).isEmpty();
    }

    @Test
    void an_unknown_or_malformed_code_is_refused_by_name() {
        assertThatThrownBy(() -> joins.join("ZZZZZZ", "Ana"))
                .isInstanceOf(BadInputException.class)
                .hasMessageContaining("No class session has the code ZZZZZZ");
        assertThatThrownBy(() -> joins.join("abc", "Ana")).hasMessageContaining("6 letters and digits");
    }

    @Test
    void more_than_ten_wrong_codes_a_minute_from_one_browser_are_refused_even_with_the_right_code() {
        JoinClient guesser = new JoinClient("browser-" + System.nanoTime(), "10.0.0.9");
        for (int i = 0; i < JoinThrottle.PER_BROWSER; i++) {
            assertThatThrownBy(() -> joins.join("ZZZZZZ", "Eve", guesser)).hasMessageContaining("No class session");
        }
        assertThatThrownBy(() -> joins.join(session.joinCode(), "Eve", guesser))
                .hasMessageContaining("Too many wrong codes from this device");
        JoinClient classmate = new JoinClient("browser-" + System.nanoTime(), "10.0.0.9");
        assertThat(joins.join(session.joinCode(), "Ana", classmate).displayName())
                .isEqualTo("Ana");
        assertThat(participants.countBySessionId(session.id())).isEqualTo(1);
    }

    @Test
    void a_closed_session_takes_no_one() {
        sessions.close(teacher, session.id());
        assertThatThrownBy(() -> joins.join(session.joinCode(), "Ana")).hasMessageContaining("is closed");
        assertThat(participants.countBySessionId(session.id())).isZero();
    }

    @Test
    void names_are_unique_per_session_ignoring_case_and_a_variant_is_suggested() {
        joins.join(session.joinCode(), "Ana");
        assertThatThrownBy(() -> joins.join(session.joinCode(), "ANA"))
                .isInstanceOf(BadInputException.class)
                .hasMessageContaining("already called “ANA”")
                .hasMessageContaining("Try “ANA 2”");
        assertThat(participants.countBySessionId(session.id())).isEqualTo(1);
        SessionSummary other = fixtures.session(teacher, Feedback.IMMEDIATE, 1);
        assertThat(joins.join(other.joinCode(), "Ana").displayName()).isEqualTo("Ana");
    }

    @Test
    void empty_too_long_and_invisible_names_are_refused_and_nothing_is_stored() {
        assertThatThrownBy(() -> joins.join(session.joinCode(), "   ")).hasMessageContaining("Type the name");
        assertThatThrownBy(() -> joins.join(session.joinCode(), "x".repeat(41)))
                .hasMessageContaining("41 characters long; the limit is 40");
        assertThatThrownBy(() -> joins.join(session.joinCode(), "An\u200Ba")).hasMessageContaining("invisible");
        assertThat(participants.countBySessionId(session.id())).isZero();
    }

    @Test
    void right_to_left_emoji_and_markup_names_are_kept_as_typed() {
        assertThat(joins.join(session.joinCode(), "مريم 🙂").displayName()).isEqualTo("مريم 🙂");
        assertThat(joins.join(session.joinCode(), "<script>alert(1)</script>").displayName())
                .isEqualTo("<script>alert(1)</script>");
        assertThat(joins.join(session.joinCode(), "x".repeat(40)).displayName()).hasSize(40);
    }

    @Test
    void forty_emoji_or_letters_that_grow_when_lower_cased_fit_in_a_name() {
        String emoji = "🙂".repeat(40);
        assertThat(joins.join(session.joinCode(), emoji).displayName()).isEqualTo(emoji);
        String dotted = "İ".repeat(40);
        assertThat(joins.join(session.joinCode(), dotted).displayName()).isEqualTo(dotted);
        assertThatThrownBy(() -> joins.join(session.joinCode(), "🙂".repeat(41)))
                .hasMessageContaining("limit is 40");
    }

    @Test
    void a_class_of_forty_joins_within_a_minute_from_one_school_address() {
        for (int i = 1; i <= 40; i++) {
            JoinClient laptop = new JoinClient("laptop-" + i + "-" + System.nanoTime(), "10.20.0.1");
            assertThat(joins.join(session.joinCode(), "Student " + i, laptop).displayName())
                    .isEqualTo("Student " + i);
        }
        assertThat(participants.countBySessionId(session.id())).isEqualTo(40);
    }

    @Test
    void joins_to_one_class_from_one_address_beyond_sixty_a_minute_are_asked_to_wait() {
        String address = "10.30.0." + (System.nanoTime() % 200);
        for (int i = 1; i <= 60; i++) {
            joins.join(
                    session.joinCode(), "Fake " + i, new JoinClient("fresh-" + i + "-" + System.nanoTime(), address));
        }
        assertThatThrownBy(() -> joins.join(
                        session.joinCode(), "Fake 61", new JoinClient("fresh-61-" + System.nanoTime(), address)))
                .isInstanceOf(BadInputException.class)
                .hasMessageContaining("Wait a moment, then press Join again");
        assertThat(participants.countBySessionId(session.id())).isEqualTo(60);

        assertThat(joins.join(session.joinCode(), "Elsewhere", new JoinClient("other-browser", "10.40.0.1"))
                        .displayName())
                .as("another address, same class")
                .isEqualTo("Elsewhere");
        SessionSummary next = fixtures.session(teacher, Feedback.IMMEDIATE, 1);
        assertThat(joins.join(next.joinCode(), "Fake 61", new JoinClient("fresh-x", address))
                        .displayName())
                .as("same address, another class")
                .isEqualTo("Fake 61");
    }

    @Test
    void the_three_hundred_and_first_student_is_told_the_class_is_full() {
        for (int i = 1; i <= 300; i++) {
            joins.join(session.joinCode(), "Student " + i);
        }
        assertThatThrownBy(() -> joins.join(session.joinCode(), "Student 301"))
                .isInstanceOf(BadInputException.class)
                .hasMessageContaining("This class is full: it has 300 students")
                .hasMessageContaining("Ask your teacher");
        assertThat(participants.countBySessionId(session.id())).isEqualTo(300);
    }
}
