package org.agora.account;

import java.time.Instant;

/** What the account screen shows of an account; never the password hash. */
public record AccountSummary(
        long id, String username, String displayName, Role role, boolean enabled, Instant createdAt) {

    static AccountSummary of(Account account) {
        return new AccountSummary(
                account.getId(),
                account.getUsername(),
                account.getDisplayName(),
                account.getRole(),
                account.isEnabled(),
                account.getCreatedAt());
    }
}
