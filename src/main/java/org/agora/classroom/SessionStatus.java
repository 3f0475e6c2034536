package org.agora.classroom;

/** An open session takes students and answers; a closed one keeps them for review only. */
public enum SessionStatus {
    OPEN,
    CLOSED
}
