package org.agora.classroom;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import org.agora.base.AbstractEntity;

/**
 * An answer the teacher accepted as right for one question in one class session, on top of
 * the lesson's accepted answers (which stay as published): who accepted it and when.
 */
@Entity
@Table(name = "session_accepted_answer")
class SessionAcceptedAnswer extends AbstractEntity {

    /** Compatibility forms can make the normalised answer longer than the typed one. */
    static final int NORMALIZED_MAX = 1000;

    /** Column size in UTF-16 units of the spelling shown to the teacher. */
    static final int TEXT_COLUMN = 2 * AnswerInput.SHORT_TEXT_MAX;

    @Column(name = "session_id", nullable = false)
    private long sessionId;

    @Column(name = "question_id", nullable = false)
    private long questionId;

    @Column(name = "normalized", nullable = false, length = NORMALIZED_MAX)
    private String normalized;

    @Column(name = "text", nullable = false, length = TEXT_COLUMN)
    private String text;

    @Column(name = "accepted_by", nullable = false)
    private long acceptedBy;

    @Column(name = "accepted_at", nullable = false)
    private Instant acceptedAt;

    protected SessionAcceptedAnswer() {}

    SessionAcceptedAnswer(long sessionId, long questionId, String text, long acceptedBy, Instant acceptedAt) {
        this.sessionId = sessionId;
        this.questionId = questionId;
        this.normalized = ShortText.normalize(text);
        this.text = text;
        this.acceptedBy = acceptedBy;
        this.acceptedAt = acceptedAt;
    }
}
