package org.agora.classroom;

import java.time.Instant;

/**
 * How a teacher sets up a class session. With {@code premoderate}, arguments reach the wall
 * only once the teacher approves them; otherwise until the teacher hides them. With
 * {@code wallNames}, the wall shows who wrote each argument.
 */
public record SessionSettings(
        String title,
        Feedback feedback,
        int maxAttempts,
        Pacing pacing,
        Instant closesAt,
        Gate gate,
        boolean showAnswerWhenOut,
        boolean premoderate,
        boolean wallNames) {

    public SessionSettings(
            String title,
            Feedback feedback,
            int maxAttempts,
            Pacing pacing,
            Instant closesAt,
            Gate gate,
            boolean showAnswerWhenOut,
            boolean premoderate) {
        this(title, feedback, maxAttempts, pacing, closesAt, gate, showAnswerWhenOut, premoderate, false);
    }

    public SessionSettings(
            String title,
            Feedback feedback,
            int maxAttempts,
            Pacing pacing,
            Instant closesAt,
            Gate gate,
            boolean showAnswerWhenOut) {
        this(title, feedback, maxAttempts, pacing, closesAt, gate, showAnswerWhenOut, false);
    }

    /** Right answers are shown when tries run out unless the teacher says otherwise. */
    public SessionSettings(
            String title, Feedback feedback, int maxAttempts, Pacing pacing, Instant closesAt, Gate gate) {
        this(title, feedback, maxAttempts, pacing, closesAt, gate, true);
    }

    /** Self-paced, no closing time, debate always open. */
    public static SessionSettings simple(String title, Feedback feedback, int maxAttempts) {
        return new SessionSettings(title, feedback, maxAttempts, Pacing.SELF_PACED, null, Gate.OFF);
    }
}
