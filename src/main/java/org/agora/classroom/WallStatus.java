package org.agora.classroom;

/** Whether an argument may appear on the wall and the projector. */
public enum WallStatus {
    /** Waits for the teacher (in a session whose arguments are approved first). */
    PENDING,
    APPROVED,
    HIDDEN
}
