package org.agora.dashboard;

import java.util.List;
import java.util.Map;
import org.agora.lesson.QuestionType;

/**
 * How the class answered one question, counting each student's latest answer.
 *
 * @param answered   students with an answer
 * @param right      of those, how many are right (null for opinions)
 * @param bars       the answers given and how many chose each, the right ones marked
 * @param mostChosenWrong the wrong answers chosen most (all tied at the top), or null
 * @param retried    whether some student answered more than once, so the first tries differ
 * @param firstTries the same figures counting each student's first try
 * @param stances    for debate and poll questions: students per point of the scale, 1 to 5
 * @param citations  for debate questions: by sentence key, citations per point of the scale
 */
public record QuestionResult(
        String key,
        QuestionType type,
        String prompt,
        int answered,
        Integer right,
        List<Bar> bars,
        Wrong mostChosenWrong,
        boolean retried,
        Tries firstTries,
        List<Integer> stances,
        Map<String, List<Integer>> citations) {

    /** The wrong answers chosen most, every one tied at the top in the order shown, and how many chose each. */
    public record Wrong(List<String> labels, int count) {}

    /** How the class answered on each student's first try. */
    public record Tries(int answered, Integer right, Wrong mostChosenWrong) {}

    /** One answer and how many students gave it. */
    public record Bar(String label, int count, boolean right) {}

    /** Share of right answers among those given, 0 to 1; null for opinions or before any answer. */
    public Double shareRight() {
        return right == null || answered == 0 ? null : (double) right / answered;
    }
}
