package org.agora.lesson;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.agora.base.AbstractEntity;

/** An option of a choice question, or an item of an ordering question (position = right order). */
@Entity
@Table(name = "question_option")
class QuestionOption extends AbstractEntity {

    public static final int TEXT_MAX = 300;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "question_id")
    private Question question;

    @Column(name = "position", nullable = false)
    private int position;

    @Column(name = "text", nullable = false, length = TEXT_MAX)
    private String text;

    @Column(name = "correct", nullable = false)
    private boolean correct;

    protected QuestionOption() {}

    QuestionOption(Question question, int position, String text, boolean correct) {
        this.question = question;
        this.position = position;
        this.text = text;
        this.correct = correct;
    }

    int getPosition() {
        return position;
    }

    String getText() {
        return text;
    }

    boolean isCorrect() {
        return correct;
    }
}
