package org.agora.lesson;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A published revision as a class reads it: immutable, safe to cache and to share
 * between screens.
 */
public record LessonContent(
        long revisionId,
        String title,
        String language,
        Source source,
        QuestionContent pollBefore,
        QuestionContent pollAfter,
        List<SectionContent> sections) {

    /** Where the article comes from, shown under the lesson. */
    public record Source(String author, String publication, String date, String url, String note) {

        /** "Based on ... by ..., Publication, date." in one line. */
        public String line() {
            StringBuilder line = new StringBuilder("Source: ");
            if (author != null && !author.isBlank()) {
                line.append(author);
            }
            if (publication != null && !publication.isBlank()) {
                line.append(line.length() > 8 ? ", " : "").append(publication);
            }
            if (date != null && !date.isBlank()) {
                line.append(line.length() > 8 ? ", " : "").append(date);
            }
            return line.append('.').toString();
        }
    }

    public record SectionContent(
            int index, String key, String title, List<ParagraphContent> paragraphs, List<QuestionContent> questions) {

        public Stream<SentenceContent> sentences() {
            return paragraphs.stream().flatMap(p -> p.sentences().stream());
        }
    }

    /** A paragraph of text, or an item of a bulleted or numbered list. */
    public record ParagraphContent(SectionMarkdown.Kind kind, List<SentenceContent> sentences) {}

    /**
     * A sentence: {@code markdown} as stored, {@code text} without formatting (for citations,
     * lists and exports), {@code html} cleaned with an allow-list, for the reading screens.
     */
    public record SentenceContent(String key, String markdown, String text, String html) {

        /** A sentence without formatting, whose three forms are the same text. */
        public static SentenceContent plain(String key, String text) {
            return new SentenceContent(key, text, text, org.jsoup.nodes.Entities.escape(text));
        }

        public static SentenceContent of(String key, String markdown) {
            return new SentenceContent(key, markdown, SectionMarkdown.plain(markdown), SectionMarkdown.html(markdown));
        }
    }

    /**
     * A question with everything needed to show and to score it. {@code nearSpellings}: a short
     * answer a letter or two away from an accepted one counts as right (see the lesson format).
     */
    public record QuestionContent(
            long id,
            String key,
            QuestionType type,
            String prompt,
            String explanation,
            List<OptionContent> options,
            List<String> acceptedAnswers,
            List<String> evidenceSentenceKeys,
            boolean nearSpellings) {

        /** A question that accepts only the exact (normalised) answers. */
        public QuestionContent(
                long id,
                String key,
                QuestionType type,
                String prompt,
                String explanation,
                List<OptionContent> options,
                List<String> acceptedAnswers,
                List<String> evidenceSentenceKeys) {
            this(id, key, type, prompt, explanation, options, acceptedAnswers, evidenceSentenceKeys, false);
        }
    }

    /** An option; for ordering questions the list order is the right order. */
    public record OptionContent(long id, String text, boolean correct) {}

    /** Every question in reading order: the poll before, the sections' questions, the poll after. */
    public List<QuestionContent> allQuestions() {
        return Stream.concat(
                        Stream.concat(
                                Stream.ofNullable(pollBefore), sections.stream().flatMap(s -> s.questions().stream())),
                        Stream.ofNullable(pollAfter))
                .toList();
    }

    public Optional<QuestionContent> question(String key) {
        return allQuestions().stream().filter(q -> q.key().equals(key)).findFirst();
    }

    /** The section a question belongs to: -1 for the poll before reading, the section count for the one after. */
    public int sectionIndexOf(String questionKey) {
        if (pollBefore != null && pollBefore.key().equals(questionKey)) {
            return -1;
        }
        if (pollAfter != null && pollAfter.key().equals(questionKey)) {
            return sections.size();
        }
        return sectionOf(questionKey).map(SectionContent::index).orElse(-1);
    }

    public Optional<SectionContent> sectionOf(String questionKey) {
        return sections.stream()
                .filter(s -> s.questions().stream().anyMatch(q -> q.key().equals(questionKey)))
                .findFirst();
    }
}
