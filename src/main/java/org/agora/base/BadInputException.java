package org.agora.base;

/**
 * Input a person gave that the app refuses. The message is written for that person and
 * names the problem; {@code field} tells a form which field to mark.
 */
public class BadInputException extends RuntimeException {

    private final String field;

    public BadInputException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
