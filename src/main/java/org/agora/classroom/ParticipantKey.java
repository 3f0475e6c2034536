package org.agora.classroom;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import org.agora.base.AbstractEntity;

/** A further key to a student's place: a short-lived link for another device, or that device's own key. */
@Entity
@Table(name = "participant_key")
class ParticipantKey extends AbstractEntity {

    enum Kind {
        /** Shown on the first device; valid until {@code expiresAt}, used once. */
        LINK,
        /** Kept by a device that opened a link, like a resume token. */
        DEVICE
    }

    @Column(name = "participant_id", nullable = false)
    private long participantId;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 8)
    private Kind kind;

    @Column(name = "token_hash", nullable = false, length = 64)
    private String tokenHash;

    /** The hash of the code a teacher's link also carries, for a student to type; none on a student's own link. */
    @Column(name = "code_hash", length = 64)
    private String codeHash;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "expires_at")
    private Instant expiresAt;

    @Column(name = "used_at")
    private Instant usedAt;

    protected ParticipantKey() {}

    private ParticipantKey(long participantId, Kind kind, String tokenHash, Instant createdAt, Instant expiresAt) {
        this.participantId = participantId;
        this.kind = kind;
        this.tokenHash = tokenHash;
        this.createdAt = createdAt;
        this.expiresAt = expiresAt;
    }

    static ParticipantKey link(long participantId, String tokenHash, Instant now, Instant expiresAt) {
        return new ParticipantKey(participantId, Kind.LINK, tokenHash, now, expiresAt);
    }

    /** A link the teacher made for a student who lost their device: a token for the address and a code to type. */
    static ParticipantKey teacherLink(
            long participantId, String tokenHash, String codeHash, Instant now, Instant expiresAt) {
        ParticipantKey link = link(participantId, tokenHash, now, expiresAt);
        link.codeHash = codeHash;
        return link;
    }

    static ParticipantKey device(long participantId, String tokenHash, Instant now) {
        return new ParticipantKey(participantId, Kind.DEVICE, tokenHash, now, null);
    }

    /** A link that may still be opened now. */
    boolean usableLink(Instant now) {
        return kind == Kind.LINK && usedAt == null && now.isBefore(expiresAt);
    }

    void use(Instant now) {
        this.usedAt = now;
    }

    long getParticipantId() {
        return participantId;
    }

    Instant getExpiresAt() {
        return expiresAt;
    }
}
