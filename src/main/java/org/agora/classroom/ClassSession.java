package org.agora.classroom;

import java.time.Instant;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.agora.base.AbstractEntity;

/** One class reading one lesson revision, joined with a code. */
@Entity
@Table(name = "class_session")
public class ClassSession extends AbstractEntity {

    public static final int TITLE_MAX = 120;
    public static final int ATTEMPTS_MIN = 1;
    public static final int ATTEMPTS_MAX = 5;

    @Column(name = "owner_id", nullable = false)
    private long ownerId;

    @Column(name = "revision_id", nullable = false)
    private long revisionId;

    @Column(name = "title", nullable = false, length = 2 * TITLE_MAX)
    private String title;

    @Column(name = "join_code", nullable = false, length = JoinCode.LENGTH)
    private String joinCode;

    @Enumerated(EnumType.STRING)
    @Column(name = "feedback", nullable = false, length = 16)
    private Feedback feedback;

    @Column(name = "max_attempts", nullable = false)
    private int maxAttempts;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 16)
    private SessionStatus status;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "closed_at")
    private Instant closedAt;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected ClassSession() {
    }

    ClassSession(long ownerId, long revisionId, String title, String joinCode, Feedback feedback, int maxAttempts,
            Instant createdAt) {
        if (maxAttempts < ATTEMPTS_MIN || maxAttempts > ATTEMPTS_MAX) {
            throw new IllegalArgumentException("attempts out of range: " + maxAttempts);
        }
        this.ownerId = ownerId;
        this.revisionId = revisionId;
        this.title = Objects.requireNonNull(title);
        this.joinCode = Objects.requireNonNull(joinCode);
        this.feedback = Objects.requireNonNull(feedback);
        this.maxAttempts = maxAttempts;
        this.createdAt = Objects.requireNonNull(createdAt);
        this.status = SessionStatus.OPEN;
    }

    void close(Instant now) {
        if (status == SessionStatus.CLOSED) {
            throw new IllegalStateException("The session is closed already");
        }
        status = SessionStatus.CLOSED;
        closedAt = now;
    }

    public boolean isOpen() {
        return status == SessionStatus.OPEN;
    }

    public long getOwnerId() {
        return ownerId;
    }

    public long getRevisionId() {
        return revisionId;
    }

    public String getTitle() {
        return title;
    }

    public String getJoinCode() {
        return joinCode;
    }

    public Feedback getFeedback() {
        return feedback;
    }

    public int getMaxAttempts() {
        return maxAttempts;
    }

    public SessionStatus getStatus() {
        return status;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
