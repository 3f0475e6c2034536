package org.agora.classroom;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import org.agora.base.AbstractEntity;

/**
 * One attempt at one question by one student. Never changed once stored, but for its mark when
 * the teacher accepts a typed answer as right too ({@link AnswerAcceptance}).
 */
@Entity
@Table(name = "answer")
class Answer extends AbstractEntity {

    /** Column size in UTF-16 units: room for the longest argument even in emoji. */
    static final int TEXT_COLUMN = 2 * AnswerInput.ARGUMENT_MAX;

    static final int SELECTION_MAX = 400;

    @Column(name = "participant_id", nullable = false)
    private long participantId;

    @Column(name = "question_id", nullable = false)
    private long questionId;

    @Column(name = "attempt", nullable = false)
    private int attempt;

    @Column(name = "submission_id", nullable = false, length = 36)
    private String submissionId;

    /** Chosen option ids, in the student's order, or the chosen sentence key; comma-separated. */
    @Column(name = "selection", length = SELECTION_MAX)
    private String selection;

    @Column(name = "text", length = TEXT_COLUMN)
    private String text;

    @Column(name = "stance")
    private Integer stance;

    /** Null for answers that are not scored automatically (debate, poll). */
    @Column(name = "correct")
    private Boolean correct;

    @Column(name = "submitted_at", nullable = false)
    private Instant submittedAt;

    protected Answer() {}

    Answer(
            long participantId,
            long questionId,
            int attempt,
            String submissionId,
            AnswerInput input,
            Boolean correct,
            Instant submittedAt) {
        this.participantId = participantId;
        this.questionId = questionId;
        this.attempt = attempt;
        this.submissionId = submissionId;
        this.selection = input.selection().isEmpty() ? null : String.join(",", input.selection());
        this.text = input.text();
        this.stance = input.stance();
        this.correct = correct;
        this.submittedAt = submittedAt;
    }

    long getParticipantId() {
        return participantId;
    }

    long getQuestionId() {
        return questionId;
    }

    int getAttempt() {
        return attempt;
    }

    String getSubmissionId() {
        return submissionId;
    }

    AnswerInput input() {
        List<String> chosen = selection == null ? List.of() : List.of(selection.split(","));
        return new AnswerInput(chosen, text, stance);
    }

    Boolean getCorrect() {
        return correct;
    }

    /** The teacher accepted this answer as right, beyond the lesson's accepted answers. */
    void acceptAsRight() {
        if (!Boolean.FALSE.equals(correct)) {
            throw new IllegalStateException("Only a wrong answer is accepted as right");
        }
        this.correct = true;
    }

    Instant getSubmittedAt() {
        return submittedAt;
    }
}
