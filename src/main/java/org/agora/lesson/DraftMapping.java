package org.agora.lesson;

import java.util.ArrayList;
import java.util.List;
import org.agora.lesson.LessonContent.ParagraphContent;
import org.agora.lesson.LessonContent.SectionContent;
import org.agora.lesson.LessonContent.SentenceContent;
import org.agora.lesson.LessonDraft.Details;
import org.agora.lesson.LessonDraft.SectionDraft;
import org.agora.lesson.LessonFile.PollDoc;
import org.agora.lesson.LessonFile.QuestionDoc;
import org.agora.lesson.LessonFile.SentenceDoc;

/** Turns a stored revision into the draft the editor holds, and a draft back into a revision's rows. */
final class DraftMapping {

    private static final String POLL_BEFORE = "-before";
    private static final String POLL_AFTER = "-after";

    private DraftMapping() {}

    static LessonDraft read(LessonRevision revision) {
        LessonContent content = new LessonContentMapper().toContent(revision);
        Details details = new Details(
                revision.getTitle(),
                revision.getLanguage(),
                revision.getLevel(),
                revision.getSourceAuthor(),
                revision.getSourcePublication(),
                revision.getSourceDate(),
                revision.getSourceUrl(),
                revision.getSourceNote());
        PollDoc poll = content.pollBefore() == null
                ? null
                : new PollDoc(
                        stripSuffix(content.pollBefore().key()),
                        content.pollBefore().prompt());
        List<SectionDraft> sections =
                content.sections().stream().map(DraftMapping::section).toList();
        return new LessonDraft(
                revision.getLesson().getId(), revision.getId(), revision.getVersion(), details, poll, sections);
    }

    private static SectionDraft section(SectionContent section) {
        List<List<String>> paragraphs = new ArrayList<>();
        List<List<SentenceDoc>> stored = new ArrayList<>();
        for (ParagraphContent paragraph : section.paragraphs()) {
            paragraphs.add(paragraph.sentences().stream()
                    .map(SentenceContent::markdown)
                    .toList());
            stored.add(paragraph.sentences().stream()
                    .map(s -> new SentenceDoc(s.key(), s.markdown()))
                    .toList());
        }
        return new SectionDraft(
                section.key(),
                section.title(),
                SectionMarkdown.markdown(paragraphs),
                SentenceKeys.of(stored),
                section.questions().stream().map(LessonExporter::question).toList());
    }

    /** Writes the draft's content into an empty draft revision. */
    static void write(LessonRevision revision, LessonDraft draft) {
        revision.describe(draft.details());
        boolean poll = draft.poll() != null
                && draft.poll().prompt() != null
                && !draft.poll().prompt().isBlank();
        if (poll) {
            revision.addQuestion(
                    null,
                    draft.poll().key() + POLL_BEFORE,
                    QuestionType.POLL_BEFORE,
                    draft.poll().prompt().strip(),
                    null);
        }
        for (SectionDraft sectionDraft : draft.sections()) {
            Section section =
                    revision.addSection(sectionDraft.key(), sectionDraft.title().strip());
            int paragraph = 0;
            for (List<SentenceDoc> sentences : sectionDraft.sentences()) {
                for (SentenceDoc sentence : sentences) {
                    section.addSentence(paragraph, sentence.id(), sentence.text());
                }
                paragraph++;
            }
            sectionDraft.questions().forEach(q -> LessonImporter.addQuestion(revision, section, tidy(q)));
        }
        if (poll) {
            revision.addQuestion(
                    null,
                    draft.poll().key() + POLL_AFTER,
                    QuestionType.POLL_AFTER,
                    draft.poll().prompt().strip(),
                    null);
        }
    }

    /**
     * Leaves out blank accepted answers, the explanation of questions that do not show one, and
     * the near-spellings setting unless it is on (as the lesson file has it).
     */
    private static QuestionDoc tidy(QuestionDoc q) {
        QuestionType type = QuestionType.valueOf(q.type());
        List<String> accepted = q.accepted() == null
                ? null
                : q.accepted().stream()
                        .filter(a -> a != null && !a.isBlank())
                        .map(String::strip)
                        .toList();
        String explanation = type.isComprehension() && q.explanation() != null
                ? q.explanation().strip()
                : null;
        return new QuestionDoc(
                q.key(),
                q.type(),
                q.prompt().strip(),
                explanation,
                q.options(),
                q.answer(),
                accepted,
                q.items(),
                q.sentences(),
                type == QuestionType.SHORT_TEXT && q.acceptsNearSpellings() ? Boolean.TRUE : null);
    }

    private static String stripSuffix(String key) {
        return key.endsWith(POLL_BEFORE) ? key.substring(0, key.length() - POLL_BEFORE.length()) : key;
    }
}
