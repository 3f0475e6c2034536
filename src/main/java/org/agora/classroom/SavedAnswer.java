package org.agora.classroom;

import java.util.Objects;

/**
 * The stored state of one question for one student: their latest answer, tries used and
 * left, and whether it was right when the session lets them know ({@code correct} is null
 * when feedback waits for the teacher, or for opinions, which are not scored). {@code review}
 * is the teacher's review of an argument once released, else null. {@code stored} is the row it
 * was made from, which only this package reads: a screen hands it back so that its answers can be
 * shown again under the class's next state without a query.
 */
public record SavedAnswer(
        String questionKey,
        AnswerInput input,
        int attemptsUsed,
        int attemptsLeft,
        Boolean correct,
        String rightAnswer,
        RubricFeedback review,
        Stored stored) {

    public SavedAnswer(String questionKey, AnswerInput input, int attemptsUsed, int attemptsLeft, Boolean correct) {
        this(questionKey, input, attemptsUsed, attemptsLeft, correct, null, null, null);
    }

    /** The answer row's id and its mark, which the student may not know yet. */
    public static final class Stored {
        final long answerId;
        final Boolean mark;

        Stored(long answerId, Boolean mark) {
            this.answerId = answerId;
            this.mark = mark;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Stored that && answerId == that.answerId && Objects.equals(mark, that.mark);
        }

        @Override
        public int hashCode() {
            return Objects.hash(answerId, mark);
        }
    }
}
