package org.agora.classroom;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.agora.base.AbstractEntity;

/** The teacher's review of one argument: rubric, comment, release to the student, and the wall. */
@Entity
@Table(name = "answer_review")
class AnswerReview extends AbstractEntity {

    static final int SCORE_MAX = 2;
    static final int COMMENT_MAX = 1000;

    @Column(name = "answer_id", nullable = false)
    private long answerId;

    @Column(name = "claim")
    private Integer claim;

    @Column(name = "evidence")
    private Integer evidence;

    @Column(name = "reasoning")
    private Integer reasoning;

    @Column(name = "comment", length = 2 * COMMENT_MAX)
    private String comment;

    @Column(name = "released", nullable = false)
    private boolean released;

    @Enumerated(EnumType.STRING)
    @Column(name = "wall", nullable = false, length = 8)
    private WallStatus wall;

    @Column(name = "reviewed_at", nullable = false)
    private Instant reviewedAt;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected AnswerReview() {}

    AnswerReview(long answerId, WallStatus wall, Instant now) {
        this.answerId = answerId;
        this.wall = wall;
        this.reviewedAt = now;
    }

    /** Scores and comment; a changed review waits to be released again. */
    void score(int claim, int evidence, int reasoning, String comment, Instant now) {
        this.claim = claim;
        this.evidence = evidence;
        this.reasoning = reasoning;
        this.comment = comment;
        this.released = false;
        this.reviewedAt = now;
    }

    void moderate(WallStatus status, Instant now) {
        this.wall = status;
        this.reviewedAt = now;
    }

    void release() {
        this.released = true;
    }

    boolean scored() {
        return claim != null;
    }

    long getAnswerId() {
        return answerId;
    }

    Integer getClaim() {
        return claim;
    }

    Integer getEvidence() {
        return evidence;
    }

    Integer getReasoning() {
        return reasoning;
    }

    String getComment() {
        return comment;
    }

    boolean isReleased() {
        return released;
    }

    WallStatus getWall() {
        return wall;
    }
}
