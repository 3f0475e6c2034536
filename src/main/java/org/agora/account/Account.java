package org.agora.account;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;
import org.agora.base.AbstractEntity;

/** A teacher's or an admin's account. The password is only ever held as a slow hash. */
@Entity
@Table(name = "account")
public class Account extends AbstractEntity {

    public static final int USERNAME_MIN = 3;
    public static final int USERNAME_MAX = 40;
    public static final int DISPLAY_NAME_MAX = 80;
    public static final int PASSWORD_MIN = 10;
    public static final int PASSWORD_MAX = 72;

    @Column(name = "username", nullable = false, length = USERNAME_MAX)
    private String username;

    @Column(name = "display_name", nullable = false, length = 2 * DISPLAY_NAME_MAX)
    private String displayName;

    @Column(name = "password_hash", nullable = false, length = 100)
    private String passwordHash;

    /** The owner's own password before the current one (a temporary one never counts). */
    @Column(name = "previous_password_hash", length = 100)
    private String previousPasswordHash;

    @Enumerated(EnumType.STRING)
    @Column(name = "role", nullable = false, length = 16)
    private Role role;

    @Column(name = "enabled", nullable = false)
    private boolean enabled;

    @Column(name = "must_change_password", nullable = false)
    private boolean mustChangePassword;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected Account() {}

    /**
     * A new account's password was chosen by someone other than its owner (the admin who made
     * it, or whoever set AGORA_ADMIN_PASSWORD): the owner must replace it at the first sign-in.
     */
    Account(String username, String displayName, String passwordHash, Role role, Instant createdAt) {
        this.username = Objects.requireNonNull(username);
        this.displayName = Objects.requireNonNull(displayName);
        this.passwordHash = Objects.requireNonNull(passwordHash);
        this.role = Objects.requireNonNull(role);
        this.createdAt = Objects.requireNonNull(createdAt);
        this.enabled = true;
        this.mustChangePassword = true;
    }

    public String getUsername() {
        return username;
    }

    public String getDisplayName() {
        return displayName;
    }

    String getPasswordHash() {
        return passwordHash;
    }

    /** The hash of the owner's own password before the current one, if they have changed it since. */
    java.util.Optional<String> getPreviousPasswordHash() {
        return java.util.Optional.ofNullable(previousPasswordHash);
    }

    private void keepOwnAsPrevious() {
        if (!mustChangePassword) {
            previousPasswordHash = passwordHash;
        }
    }

    public Role getRole() {
        return role;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public boolean mustChangePassword() {
        return mustChangePassword;
    }

    /** A password someone else chose; the owner must replace it at the next sign-in. */
    void setTemporaryPassword(String hash) {
        keepOwnAsPrevious();
        this.passwordHash = hash;
        this.mustChangePassword = true;
    }

    /** The owner chose this password. */
    void setOwnPassword(String hash) {
        keepOwnAsPrevious();
        this.passwordHash = hash;
        this.mustChangePassword = false;
    }

    void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
