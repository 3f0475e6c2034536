package org.agora.base;

/**
 * What the app's refusals share: the text for the person is the message {@code key} with its
 * values, and {@link #getMessage()} is the English text, for the log and for developers.
 */
public abstract class RefusedException extends RuntimeException implements Refusal {

    private final String key;
    private final transient Object[] args;

    protected RefusedException(Throwable cause, String key, Object... args) {
        super(Messages.english(key, args), cause);
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
