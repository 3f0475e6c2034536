package org.agora.classroom;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.agora.lesson.LessonContent.OptionContent;
import org.agora.lesson.LessonContent.QuestionContent;
import org.agora.lesson.LessonContent.SectionContent;
import org.agora.lesson.LessonContent.SentenceContent;

/** The right answer of a comprehension question, in words a student reads. */
final class RightAnswer {

    private RightAnswer() {}

    static String describe(QuestionContent q, SectionContent section) {
        return switch (q.type()) {
            case SINGLE_CHOICE, TRUE_FALSE, MULTIPLE_CHOICE ->
                inOneSentence(q.options().stream()
                        .filter(OptionContent::correct)
                        .map(OptionContent::text)
                        .toList());
            case SHORT_TEXT -> q.acceptedAnswers().get(0);
            case ORDERING ->
                numbered(q.options().stream().map(OptionContent::text).toList());
            case EVIDENCE ->
                section == null
                        ? null
                        : section.sentences()
                                .filter(s -> q.evidenceSentenceKeys().contains(s.key()))
                                .map(SentenceContent::text)
                                .findFirst()
                                .orElse(null);
            default -> null;
        };
    }

    /** "A; B." from "A." and "B.": each full stop but the last one's goes, so none stands before a semicolon. */
    private static String inOneSentence(List<String> texts) {
        if (texts.size() < 2) {
            return texts.isEmpty() ? "" : texts.get(0);
        }
        String last = texts.get(texts.size() - 1);
        String joined = texts.stream().map(RightAnswer::withoutFullStop).collect(Collectors.joining("; "));
        return last.strip().endsWith(".") ? joined + "." : joined;
    }

    /** "1. A, 2. B, 3. C": the items in their right order, numbered. */
    private static String numbered(List<String> items) {
        return IntStream.range(0, items.size())
                .mapToObj(i -> (i + 1) + ". " + withoutFullStop(items.get(i)))
                .collect(Collectors.joining(", "));
    }

    private static String withoutFullStop(String text) {
        String stripped = text.strip();
        return stripped.endsWith(".") ? stripped.substring(0, stripped.length() - 1) : stripped;
    }
}
