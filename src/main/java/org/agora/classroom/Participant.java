package org.agora.classroom;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.agora.base.AbstractEntity;

/** A student in one class session: a display name and the hash of their resume token. */
@Entity
@Table(name = "participant")
class Participant extends AbstractEntity {

    static final int NAME_MAX = JoinService.NAME_MAX;

    @Column(name = "session_id", nullable = false)
    private long sessionId;

    @Column(name = "display_name", nullable = false, length = 2 * NAME_MAX)
    private String displayName;

    /** The name folded for the uniqueness check, so "Ana" and "ana" cannot both join. */
    @Column(name = "name_key", nullable = false, length = 4 * NAME_MAX)
    private String nameKey;

    @Column(name = "resume_token_hash", nullable = false, length = 64)
    private String resumeTokenHash;

    @Column(name = "current_section", nullable = false)
    private int currentSection;

    @Column(name = "furthest_section", nullable = false)
    private int furthestSection;

    @Column(name = "joined_at", nullable = false)
    private Instant joinedAt;

    @Column(name = "last_seen_at", nullable = false)
    private Instant lastSeenAt;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected Participant() {}

    Participant(long sessionId, String displayName, String nameKey, String resumeTokenHash, Instant joinedAt) {
        this.sessionId = sessionId;
        this.displayName = displayName;
        this.nameKey = nameKey;
        this.resumeTokenHash = resumeTokenHash;
        this.joinedAt = joinedAt;
        this.lastSeenAt = joinedAt;
    }

    long getSessionId() {
        return sessionId;
    }

    String getDisplayName() {
        return displayName;
    }

    int getCurrentSection() {
        return currentSection;
    }

    /** The furthest section the student has moved to; going back does not lower it. */
    int getFurthestSection() {
        return furthestSection;
    }

    Instant getJoinedAt() {
        return joinedAt;
    }

    Instant lastSeenAt() {
        return lastSeenAt;
    }
}
