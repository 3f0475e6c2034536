package org.agora.lesson;

import java.util.List;
import java.util.Map;
import org.agora.lesson.LessonFile.PollDoc;
import org.agora.lesson.LessonFile.QuestionDoc;

/**
 * A lesson as the editor holds it: the metadata, the poll, and sections whose text is Markdown.
 * {@code baseRevisionId} and {@code baseVersion} name what the admin opened, so that a save
 * made after someone else's is refused instead of overwriting it.
 */
public record LessonDraft(
        long lessonId,
        long baseRevisionId,
        long baseVersion,
        Details details,
        PollDoc poll,
        List<SectionDraft> sections) {

    /** The longest option or ordering item, in characters. */
    public static final int OPTION_MAX = QuestionOption.TEXT_MAX;

    /** The lesson's title, language, level and source. */
    public record Details(
            String title,
            String language,
            String level,
            String author,
            String publication,
            String date,
            String url,
            String note) {}

    /**
     * A section: its key, title, Markdown text and questions. {@code sentenceKeys} maps the
     * text of each sentence known to the section (stored, or given a key while editing) to its
     * keys, so that sentences keep their keys through an edit (see {@link SentenceKeys}).
     */
    public record SectionDraft(
            String key,
            String title,
            String markdown,
            Map<String, List<String>> sentenceKeys,
            List<QuestionDoc> questions) {

        public SectionDraft withTitle(String newTitle) {
            return new SectionDraft(key, newTitle, markdown, sentenceKeys, questions);
        }

        public SectionDraft withMarkdown(String newMarkdown) {
            return new SectionDraft(key, title, newMarkdown, sentenceKeys, questions);
        }

        public SectionDraft withQuestions(List<QuestionDoc> newQuestions) {
            return new SectionDraft(key, title, markdown, sentenceKeys, List.copyOf(newQuestions));
        }

        /** The sentences of the current text, each with the key it will be stored with. */
        public List<List<LessonFile.SentenceDoc>> sentences() {
            return SentenceKeys.assign(key, sentenceKeys, SectionMarkdown.paragraphs(markdown, sentenceKeys.keySet()));
        }
    }

    public LessonDraft withSections(List<SectionDraft> newSections) {
        return new LessonDraft(lessonId, baseRevisionId, baseVersion, details, poll, List.copyOf(newSections));
    }

    public LessonDraft withDetails(Details newDetails) {
        return new LessonDraft(lessonId, baseRevisionId, baseVersion, newDetails, poll, sections);
    }

    public LessonDraft withPoll(PollDoc newPoll) {
        return new LessonDraft(lessonId, baseRevisionId, baseVersion, details, newPoll, sections);
    }
}
