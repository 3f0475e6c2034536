package org.agora.lesson;

/** The kinds of question a lesson holds. Comprehension types are scored; the others are opinions. */
public enum QuestionType {
    SINGLE_CHOICE,
    MULTIPLE_CHOICE,
    TRUE_FALSE,
    SHORT_TEXT,
    ORDERING,
    EVIDENCE,
    DEBATE,
    POLL_BEFORE,
    POLL_AFTER;

    public boolean isComprehension() {
        return this != DEBATE && this != POLL_BEFORE && this != POLL_AFTER;
    }

    /** The opinion poll before or after reading. */
    public boolean isPoll() {
        return this == POLL_BEFORE || this == POLL_AFTER;
    }

    /** Debate and poll questions ask for a stance on the 5-point scale. */
    public boolean takesStance() {
        return !isComprehension();
    }
}
