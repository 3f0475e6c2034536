package org.agora.classroom;

/**
 * The stored state of one question for one student: their latest answer, tries used and
 * left, and whether it was right when the session lets them know ({@code correct} is null
 * when feedback waits for the teacher, or for opinions, which are not scored). {@code review}
 * is the teacher's review of an argument once released, else null.
 */
public record SavedAnswer(
        String questionKey,
        AnswerInput input,
        int attemptsUsed,
        int attemptsLeft,
        Boolean correct,
        String rightAnswer,
        RubricFeedback review) {

    public SavedAnswer(String questionKey, AnswerInput input, int attemptsUsed, int attemptsLeft, Boolean correct) {
        this(questionKey, input, attemptsUsed, attemptsLeft, correct, null, null);
    }
}
