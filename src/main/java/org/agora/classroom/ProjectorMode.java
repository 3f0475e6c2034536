package org.agora.classroom;

/** What the classroom projector of a session shows. */
public enum ProjectorMode {
    /** The join code, the join link and a QR code of it. */
    CODE,
    /** One question's results. */
    RESULTS,
    /** The opinion poll before and after reading. */
    SHIFT,
    /** The argument wall. */
    WALL,
    /** The argument in the spotlight. */
    SPOTLIGHT
}
