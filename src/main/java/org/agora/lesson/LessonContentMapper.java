package org.agora.lesson;

import java.util.ArrayList;
import java.util.List;
import org.agora.lesson.LessonContent.OptionContent;
import org.agora.lesson.LessonContent.ParagraphContent;
import org.agora.lesson.LessonContent.QuestionContent;
import org.agora.lesson.LessonContent.SectionContent;
import org.agora.lesson.LessonContent.SentenceContent;

/** Turns a revision's entities into the immutable {@link LessonContent}. */
class LessonContentMapper {

    LessonContent toContent(LessonRevision revision) {
        List<SectionContent> sections = new ArrayList<>();
        QuestionContent pollBefore = null;
        QuestionContent pollAfter = null;
        for (Section section : revision.getSections()) {
            List<QuestionContent> questions = revision.getQuestions().stream()
                    .filter(q ->
                            q.getSection() != null && q.getSection().getId().equals(section.getId()))
                    .map(LessonContentMapper::toContent)
                    .toList();
            sections.add(new SectionContent(
                    section.getPosition(), section.getKey(), section.getTitle(), paragraphs(section), questions));
        }
        for (Question question : revision.getQuestions()) {
            if (question.getType() == QuestionType.POLL_BEFORE) {
                pollBefore = toContent(question);
            } else if (question.getType() == QuestionType.POLL_AFTER) {
                pollAfter = toContent(question);
            }
        }
        LessonContent.Source source = new LessonContent.Source(
                revision.getSourceAuthor(),
                revision.getSourcePublication(),
                revision.getSourceDate(),
                revision.getSourceUrl(),
                revision.getSourceNote());
        return new LessonContent(
                revision.getId(),
                revision.getTitle(),
                revision.getLanguage(),
                source,
                pollBefore,
                pollAfter,
                List.copyOf(sections));
    }

    private static List<ParagraphContent> paragraphs(Section section) {
        List<List<SentenceContent>> paragraphs = new ArrayList<>();
        int current = Integer.MIN_VALUE;
        for (Sentence sentence : section.getSentences()) {
            if (sentence.getParagraph() != current) {
                paragraphs.add(new ArrayList<>());
                current = sentence.getParagraph();
            }
            paragraphs.get(paragraphs.size() - 1).add(SentenceContent.of(sentence.getKey(), sentence.getText()));
        }
        return paragraphs.stream()
                .map(p -> new ParagraphContent(SectionMarkdown.kind(p.get(0).markdown()), List.copyOf(p)))
                .toList();
    }

    private static QuestionContent toContent(Question question) {
        List<OptionContent> options = question.getOptions().stream()
                .map(o -> new OptionContent(o.getId(), o.getText(), o.isCorrect()))
                .toList();
        return new QuestionContent(
                question.getId(),
                question.getKey(),
                question.getType(),
                question.getPrompt(),
                question.getExplanation(),
                options,
                List.copyOf(question.getAcceptedAnswers()),
                List.copyOf(question.getEvidenceSentenceKeys()),
                question.acceptsNearSpellings());
    }
}
