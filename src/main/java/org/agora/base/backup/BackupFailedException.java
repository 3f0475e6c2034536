package org.agora.base.backup;

import org.agora.base.RefusedException;

/** A backup could not be made; the text for the admin is the message {@code key}, {@link #getMessage()} is English. */
public class BackupFailedException extends RefusedException {

    BackupFailedException(Throwable cause, String key, Object... args) {
        super(cause, key, args);
    }
}
