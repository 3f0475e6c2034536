package org.agora.classroom;

import java.util.stream.Collectors;
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
                q.options().stream()
                        .filter(OptionContent::correct)
                        .map(OptionContent::text)
                        .collect(Collectors.joining("; "));
            case SHORT_TEXT -> q.acceptedAnswers().get(0);
            case ORDERING -> q.options().stream().map(OptionContent::text).collect(Collectors.joining(" → "));
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
}
