package org.agora.base;

/**
 * The signed-in person may not see or change this thing (for example another teacher's session).
 * The text for that person is the message {@code key} with its values; {@link #getMessage()} is English.
 */
public class NotAllowedException extends RuntimeException implements Refusal {

    private final String key;
    private final transient Object[] args;

    public NotAllowedException(String key, Object... args) {
        super(Messages.english(key, args));
        this.key = key;
        this.args = args.clone();
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
