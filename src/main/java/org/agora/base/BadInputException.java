package org.agora.base;

/**
 * Input a person gave that the app refuses. The text for that person is the message {@code key}
 * with its values, and names the problem; {@code field} tells a form which field to mark.
 * {@link #getMessage()} is the English text.
 */
public class BadInputException extends RuntimeException implements Refusal {

    private final String field;
    private final String key;
    private final transient Object[] args;

    public BadInputException(String field, String key, Object... args) {
        super(Messages.english(key, args));
        this.field = field;
        this.key = key;
        this.args = args.clone();
    }

    public String field() {
        return field;
    }

    @Override
    public String key() {
        return key;
    }

    @Override
    public Object[] args() {
        return args.clone();
    }
}
