package org.agora.lesson;

import java.util.List;

/**
 * The lesson file, version 1: the exchange format of whole lessons (see docs/lesson-format.md).
 * These records mirror the JSON one to one.
 */
public record LessonFile(String format, int version, LessonDoc lesson) {

    public static final String FORMAT = "agora-lesson";
    public static final int VERSION = 1;

    public record LessonDoc(
            String slug,
            String title,
            String language,
            String level,
            SourceDoc source,
            PollDoc poll,
            List<SectionDoc> sections) {}

    public record SourceDoc(String author, String publication, String date, String url, String note) {}

    public record PollDoc(String key, String prompt) {}

    public record SectionDoc(
            String key, String title, List<List<SentenceDoc>> paragraphs, List<QuestionDoc> questions) {}

    public record SentenceDoc(String id, String text) {}

    /**
     * Fields used depend on the type; the reader refuses fields a type does not use.
     * {@code nearSpellings} (short text only, optional): true accepts near spellings of the
     * accepted answers; absent or null means off.
     */
    public record QuestionDoc(
            String key,
            String type,
            String prompt,
            String explanation,
            List<OptionDoc> options,
            Boolean answer,
            List<String> accepted,
            List<String> items,
            List<String> sentences,
            Boolean nearSpellings) {

        /** A question without the near-spellings setting (off). */
        public QuestionDoc(
                String key,
                String type,
                String prompt,
                String explanation,
                List<OptionDoc> options,
                Boolean answer,
                List<String> accepted,
                List<String> items,
                List<String> sentences) {
            this(key, type, prompt, explanation, options, answer, accepted, items, sentences, null);
        }

        /** Whether the question accepts near spellings. */
        public boolean acceptsNearSpellings() {
            return Boolean.TRUE.equals(nearSpellings);
        }

        /** The same question under another key. */
        public QuestionDoc withKey(String newKey) {
            return new QuestionDoc(
                    newKey, type, prompt, explanation, options, answer, accepted, items, sentences, nearSpellings);
        }
    }

    public record OptionDoc(String text, boolean correct) {}
}
