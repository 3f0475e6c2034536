package org.agora.account;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import org.agora.base.AbstractEntity;

/** One thing an admin did to an account. Written once, never changed. */
@Entity
@Table(name = "audit_event")
class AuditEvent extends AbstractEntity {

    @Column(name = "at", nullable = false)
    private Instant at;

    @Column(name = "actor_id", nullable = false)
    private long actorId;

    @Column(name = "action", nullable = false, length = 40)
    private String action;

    @Column(name = "target_id")
    private Long targetId;

    @Column(name = "detail", length = 200)
    private String detail;

    protected AuditEvent() {}

    AuditEvent(Instant at, long actorId, AuditAction action, Long targetId, String detail) {
        this.at = at;
        this.actorId = actorId;
        this.action = action.name();
        this.targetId = targetId;
        this.detail = detail;
    }

    Instant getAt() {
        return at;
    }

    long getActorId() {
        return actorId;
    }

    String getAction() {
        return action;
    }

    Long getTargetId() {
        return targetId;
    }

    String getDetail() {
        return detail;
    }
}
