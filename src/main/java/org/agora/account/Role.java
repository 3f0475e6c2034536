package org.agora.account;

/** What a signed-in person may do. Students have no account and so no role. */
public enum Role {
    ADMIN,
    TEACHER
}
