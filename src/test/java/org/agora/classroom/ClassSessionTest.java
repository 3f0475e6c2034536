package org.agora.classroom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;

import org.junit.jupiter.api.Test;

class ClassSessionTest {

    private final Instant now = Instant.parse("2026-11-27T10:00:00Z");

    @Test
    void a_new_session_is_open_and_closing_it_twice_is_refused() {
        ClassSession session = new ClassSession(1, 2, "10B", "K7QX2M", Feedback.IMMEDIATE, 1, now);
        assertThat(session.isOpen()).isTrue();
        session.close(now);
        assertThat(session.isOpen()).isFalse();
        assertThatThrownBy(() -> session.close(now)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void tries_outside_one_to_five_are_refused() {
        assertThatThrownBy(() -> new ClassSession(1, 2, "10B", "K7QX2M", Feedback.IMMEDIATE, 0, now))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ClassSession(1, 2, "10B", "K7QX2M", Feedback.IMMEDIATE, 6, now))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void tries_left_count_down_and_stop_after_a_right_answer() {
        assertThat(AttemptPolicy.attemptsLeft(org.agora.lesson.QuestionType.SINGLE_CHOICE, 2, 1, false)).isEqualTo(1);
        assertThat(AttemptPolicy.attemptsLeft(org.agora.lesson.QuestionType.SINGLE_CHOICE, 2, 1, true)).isZero();
        assertThat(AttemptPolicy.attemptsLeft(org.agora.lesson.QuestionType.SINGLE_CHOICE, 2, 2, false)).isZero();
        assertThat(AttemptPolicy.attemptsLeft(org.agora.lesson.QuestionType.DEBATE, 1, 1, null))
                .isEqualTo(AttemptPolicy.STANCE_REVISIONS - 1);
    }
}
