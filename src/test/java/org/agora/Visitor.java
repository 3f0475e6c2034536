package org.agora;

/** The five kinds of person the access matrices try every route and service entry point as. */
public enum Visitor {
    /** Nobody signed in, no resume cookie. */
    ANONYMOUS,
    /** A student who joined the teacher's session; their browser holds the resume token. */
    STUDENT,
    /** The teacher who owns the session. */
    TEACHER,
    /** A teacher who does not own it. */
    OTHER_TEACHER,
    /** An admin. */
    ADMIN
}
