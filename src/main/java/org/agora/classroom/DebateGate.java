package org.agora.classroom;

import java.util.Map;
import org.agora.lesson.LessonContent.QuestionContent;
import org.agora.lesson.LessonContent.SectionContent;

/** "Understand before you argue": whether a section's debate questions are open to a student. */
public final class DebateGate {

    private DebateGate() {}

    /** {@code answers} holds the student's latest answer per question key. */
    public static boolean isOpen(Gate gate, SectionContent section, Map<String, SavedAnswer> answers) {
        if (gate == Gate.OFF || section == null) {
            return true;
        }
        for (QuestionContent question : section.questions()) {
            if (!question.type().isComprehension()) {
                continue;
            }
            SavedAnswer saved = answers.get(question.key());
            if (saved == null) {
                return false;
            }
            boolean finished = Boolean.TRUE.equals(saved.correct()) || saved.attemptsLeft() == 0;
            if (gate == Gate.CORRECT && !finished) {
                return false;
            }
        }
        return true;
    }

    /** The message key of the student's explanation of a closed gate. */
    public static String whyClosed(Gate gate) {
        return gate == Gate.CORRECT ? "debate.gate.closed.correct" : "debate.gate.closed.answered";
    }
}
