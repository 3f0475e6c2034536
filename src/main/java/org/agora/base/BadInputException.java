package org.agora.base;

/**
 * Input a person gave that the app refuses. The text for that person is the message {@code key}
 * with its values, and names the problem; {@code field} tells a form which field to mark.
 * {@link #getMessage()} is the English text.
 */
public class BadInputException extends RefusedException {

    private final String field;

    public BadInputException(String field, String key, Object... args) {
        super(null, key, args);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
