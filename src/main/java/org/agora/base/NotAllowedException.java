package org.agora.base;

/**
 * The signed-in person may not see or change this thing (for example another teacher's session).
 * The text for that person is the message {@code key} with its values; {@link #getMessage()} is English.
 */
public class NotAllowedException extends RefusedException {

    public NotAllowedException(String key, Object... args) {
        super(null, key, args);
    }
}
