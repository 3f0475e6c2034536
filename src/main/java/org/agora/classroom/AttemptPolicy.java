package org.agora.classroom;

import org.agora.lesson.QuestionType;

/** How many times a student may answer a question. */
final class AttemptPolicy {

    /** Opinions may be revised a few times whatever the session's tries: arguments get better. */
    static final int STANCE_REVISIONS = 5;

    private AttemptPolicy() {}

    /**
     * Tries left after {@code used} tries. {@code lastCorrect} is the last try's result as the
     * student knows it (null when feedback is deferred), so tries never give the result away.
     */
    static int attemptsLeft(QuestionType type, int maxAttempts, int used, Boolean lastCorrect) {
        if (type.takesStance()) {
            return Math.max(0, STANCE_REVISIONS - used);
        }
        if (Boolean.TRUE.equals(lastCorrect)) {
            return 0;
        }
        return Math.max(0, maxAttempts - used);
    }
}
