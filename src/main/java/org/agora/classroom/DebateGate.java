package org.agora.classroom;

import java.util.List;
import java.util.Map;
import org.agora.base.Refusal;
import org.agora.lesson.LessonContent;
import org.agora.lesson.LessonContent.QuestionContent;
import org.agora.lesson.LessonContent.SectionContent;
import org.agora.lesson.QuestionNumber;

/** "Understand before you argue": whether a section's debate questions are open to a student. */
public final class DebateGate {

    private DebateGate() {}

    /** {@code answers} holds the student's latest answer per question key. */
    public static boolean isOpen(Gate gate, SectionContent section, Map<String, SavedAnswer> answers) {
        return stillToDo(gate, section, answers).isEmpty();
    }

    /** The section's comprehension questions the student must still answer (or get right) before the debate. */
    public static List<QuestionContent> stillToDo(Gate gate, SectionContent section, Map<String, SavedAnswer> answers) {
        if (gate == Gate.OFF || section == null) {
            return List.of();
        }
        return section.questions().stream()
                .filter(question -> question.type().isComprehension())
                .filter(question -> {
                    SavedAnswer saved = answers.get(question.key());
                    if (saved == null) {
                        return true;
                    }
                    boolean finished = Boolean.TRUE.equals(saved.correct()) || saved.attemptsLeft() == 0;
                    return gate == Gate.CORRECT && !finished;
                })
                .toList();
    }

    /**
     * The student's explanation of a closed gate, naming the questions still to do by their
     * numbers ("Answer questions 1.2 and 1.5 of this section first").
     */
    public static Refusal whyClosed(
            Gate gate, LessonContent content, SectionContent section, Map<String, SavedAnswer> answers) {
        List<String> numbers = stillToDo(gate, section, answers).stream()
                .map(question -> QuestionNumber.of(content, question.key()))
                .toList();
        String key = gate == Gate.CORRECT ? "debate.gate.closed.correct" : "debate.gate.closed.answered";
        // The message gets all numbers but the last ("1.1, 1.2"), the last ("1.5") and how many.
        String last = numbers.isEmpty() ? "" : numbers.get(numbers.size() - 1);
        String before = numbers.isEmpty() ? "" : String.join(", ", numbers.subList(0, numbers.size() - 1));
        return new Closed(key, new Object[] {before, last, numbers.size()});
    }

    private record Closed(String key, Object[] args) implements Refusal {}
}
