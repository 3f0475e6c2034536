package org.agora.classroom;

/** When students learn whether an answer was right. */
public enum Feedback {
    /** Right away, with the explanation. */
    IMMEDIATE,
    /** Only when the teacher reveals the answers. */
    DEFERRED
}
