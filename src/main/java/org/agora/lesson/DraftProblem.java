package org.agora.lesson;

/**
 * One thing wrong with a lesson draft: the field it is on (for example {@code title},
 * {@code section-2-text} or {@code question-2-1-options}) and the message key with its values.
 */
public record DraftProblem(String field, String key, Object... args) {

    /** The field name of a section's part, counted from 0. */
    public static String section(int section, String part) {
        return "section-" + section + "-" + part;
    }

    /** The field name of a question's part, by its section and its place in it, counted from 0. */
    public static String question(int section, int question, String part) {
        return "question-" + section + "-" + question + "-" + part;
    }
}
