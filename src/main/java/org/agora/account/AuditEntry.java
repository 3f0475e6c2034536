package org.agora.account;

import java.time.Instant;

/** An audit event as an admin reads it: when, who did it, what, to which account. */
public record AuditEntry(Instant at, String actor, AuditAction action, String target, String detail) {}
