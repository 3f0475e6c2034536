package org.agora.classroom;

import java.time.Instant;

/** How a teacher sets up a class session. */
public record SessionSettings(String title, Feedback feedback, int maxAttempts, Pacing pacing, Instant closesAt,
        Gate gate, boolean showAnswerWhenOut) {

    /** Right answers are shown when tries run out unless the teacher says otherwise. */
    public SessionSettings(String title, Feedback feedback, int maxAttempts, Pacing pacing, Instant closesAt,
            Gate gate) {
        this(title, feedback, maxAttempts, pacing, closesAt, gate, true);
    }

    /** Self-paced, no closing time, debate always open. */
    public static SessionSettings simple(String title, Feedback feedback, int maxAttempts) {
        return new SessionSettings(title, feedback, maxAttempts, Pacing.SELF_PACED, null, Gate.OFF);
    }
}
