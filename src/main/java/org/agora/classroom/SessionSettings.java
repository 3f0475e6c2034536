package org.agora.classroom;

import java.time.Instant;

/** How a teacher sets up a class session. */
public record SessionSettings(String title, Feedback feedback, int maxAttempts, Pacing pacing, Instant closesAt,
        Gate gate) {

    /** Self-paced, no closing time, debate always open. */
    public static SessionSettings simple(String title, Feedback feedback, int maxAttempts) {
        return new SessionSettings(title, feedback, maxAttempts, Pacing.SELF_PACED, null, Gate.OFF);
    }
}
