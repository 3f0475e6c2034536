package org.agora.classroom;

/** Who moves the class through the lesson. */
public enum Pacing {
    /** The teacher opens each section, locks answering and reveals results; students follow live. */
    LIVE,
    /** Every section is open from the start; an optional closing time ends answering. */
    SELF_PACED
}
