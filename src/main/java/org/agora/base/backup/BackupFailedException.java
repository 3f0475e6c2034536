package org.agora.base.backup;

import org.agora.base.Messages;
import org.agora.base.Refusal;

/** A backup could not be made; the text for the admin is the message {@code key}, {@link #getMessage()} is English. */
public class BackupFailedException extends RuntimeException implements Refusal {

    private final String key;
    private final transient Object[] args;

    BackupFailedException(Throwable cause, String key, Object... args) {
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
