package org.agora.account;

/** The signed-in person on whose behalf a service acts; services check ownership against it. */
public record Actor(long accountId, Role role) {

    public boolean isAdmin() {
        return role == Role.ADMIN;
    }

    /** True when this person may see and change things owned by account {@code ownerId}. */
    public boolean mayManage(long ownerId) {
        return isAdmin() || accountId == ownerId;
    }
}
