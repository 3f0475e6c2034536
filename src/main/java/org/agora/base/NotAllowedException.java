package org.agora.base;

/** The signed-in person may not see or change this thing (for example another teacher's session). */
public class NotAllowedException extends RuntimeException {

    public NotAllowedException(String message) {
        super(message);
    }
}
