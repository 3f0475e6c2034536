package org.agora.classroom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.agora.base.Messages;
import org.junit.jupiter.api.Test;

class ClassSessionTest {

    private final Instant now = Instant.parse("2026-11-27T10:00:00Z");

    @Test
    void a_new_session_is_open_and_closing_it_twice_is_refused() {
        ClassSession session = new ClassSession(
                1, 2, "10B", "K7QX2M", Feedback.IMMEDIATE, 1, Pacing.SELF_PACED, 4, null, Gate.OFF, now);
        assertThat(session.isOpen()).isTrue();
        session.close(now);
        assertThat(session.isOpen()).isFalse();
        assertThatThrownBy(() -> session.close(now)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void a_live_session_opens_sections_one_by_one_and_reveal_locks_what_it_shows() {
        ClassSession live =
                new ClassSession(1, 2, "10B", "K7QX2M", Feedback.DEFERRED, 1, Pacing.LIVE, 2, null, Gate.OFF, now);
        assertThat(live.getOpenSections()).isZero();
        assertThatThrownBy(live::lockAnswers).isInstanceOf(IllegalStateException.class);
        live.openNextSection(2);
        live.lockAnswers();
        assertThat(live.getLockedSections()).isEqualTo(1);
        live.openNextSection(2);
        assertThatThrownBy(() -> live.openNextSection(2)).isInstanceOf(IllegalStateException.class);
        live.revealAnswers();
        assertThat(live.getLockedSections()).isEqualTo(2);
        assertThat(live.getRevealedSections()).isEqualTo(2);
        live.close(now);
        assertThatThrownBy(live::revealAnswers).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void section_rules_follow_the_pacing_and_the_closing_time() {
        ClassSession live =
                new ClassSession(1, 2, "10B", "K7QX2M", Feedback.IMMEDIATE, 1, Pacing.LIVE, 3, null, Gate.OFF, now);
        live.openNextSection(3);
        live.openNextSection(3);
        live.lockAnswers();
        live.openNextSection(3);
        SectionRules rules = SectionRules.of(live, 3, now);
        assertThat(rules.visible(2)).isTrue();
        assertThat(rules.answerable(0)).isFalse();
        assertThat(Messages.english(rules.whyNotAnswerable(0))).contains("locked");
        assertThat(rules.answerable(2)).isTrue();
        assertThat(rules.answerable(-1)).isFalse();
        assertThat(rules.visible(3)).isTrue();

        ClassSession homework = new ClassSession(
                1, 2, "10B", "K7QX2M", Feedback.IMMEDIATE, 1, Pacing.SELF_PACED, 3, now.plusSeconds(60), Gate.OFF, now);
        assertThat(SectionRules.of(homework, 3, now).answerable(1)).isTrue();
        SectionRules late = SectionRules.of(homework, 3, now.plusSeconds(60));
        assertThat(late.answerable(1)).isFalse();
        assertThat(Messages.english(late.whyNotAnswerable(1))).contains("closing time has passed");
        assertThat(late.visible(1)).isTrue();
    }

    @Test
    void tries_outside_one_to_five_are_refused() {
        assertThatThrownBy(() -> new ClassSession(
                        1, 2, "10B", "K7QX2M", Feedback.IMMEDIATE, 0, Pacing.SELF_PACED, 4, null, Gate.OFF, now))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ClassSession(
                        1, 2, "10B", "K7QX2M", Feedback.IMMEDIATE, 6, Pacing.SELF_PACED, 4, null, Gate.OFF, now))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void tries_left_count_down_and_stop_after_a_right_answer() {
        assertThat(AttemptPolicy.attemptsLeft(org.agora.lesson.QuestionType.SINGLE_CHOICE, 2, 1, false))
                .isEqualTo(1);
        assertThat(AttemptPolicy.attemptsLeft(org.agora.lesson.QuestionType.SINGLE_CHOICE, 2, 1, true))
                .isZero();
        assertThat(AttemptPolicy.attemptsLeft(org.agora.lesson.QuestionType.SINGLE_CHOICE, 2, 2, false))
                .isZero();
        assertThat(AttemptPolicy.attemptsLeft(org.agora.lesson.QuestionType.DEBATE, 1, 1, null))
                .isEqualTo(AttemptPolicy.STANCE_REVISIONS - 1);
    }
}
