package org.agora.lesson;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.agora.base.BadInputException;
import org.agora.lesson.LessonContent.OptionContent;
import org.agora.lesson.LessonContent.QuestionContent;
import org.agora.lesson.LessonFile.OptionDoc;
import org.agora.lesson.LessonFile.QuestionDoc;

/**
 * Questions in Moodle's GIFT format, for the kinds GIFT can express: single and multiple
 * choice, true/false, short answer, and essay (a debate question without a stance). What it
 * cannot express is left out, and the report says which and why.
 */
public final class Gift {

    public static final int MAX_CHARS = 512 * 1024;

    /** One question left out, and why (a message key). */
    public record Skipped(String question, String reasonKey) {}

    public record Export(String text, List<Skipped> skipped) {}

    public record Import(List<QuestionDoc> questions, List<Skipped> skipped) {}

    private Gift() {}

    /** The questions of a lesson as GIFT. */
    public static Export export(LessonContent content) {
        StringBuilder out = new StringBuilder();
        List<Skipped> skipped = new ArrayList<>();
        for (QuestionContent q : content.allQuestions()) {
            String answers = switch (q.type()) {
                case SINGLE_CHOICE ->
                    q.options().stream()
                            .map(o -> (o.correct() ? "=" : "~") + escape(o.text()))
                            .reduce((a, b) -> a + " " + b)
                            .orElse("");
                case MULTIPLE_CHOICE -> multiple(q.options());
                case TRUE_FALSE ->
                    q.options().stream()
                            .filter(o -> o.text().equals("True"))
                            .map(o -> o.correct() ? "TRUE" : "FALSE")
                            .findFirst()
                            .orElse("TRUE");
                case SHORT_TEXT ->
                    q.acceptedAnswers().stream()
                            .map(a -> "=" + escape(a))
                            .reduce((a, b) -> a + " " + b)
                            .orElse("");
                case DEBATE -> "";
                case ORDERING -> skip(skipped, q, "gift.skipped.ordering");
                case EVIDENCE -> skip(skipped, q, "gift.skipped.evidence");
                case POLL_BEFORE, POLL_AFTER -> skip(skipped, q, "gift.skipped.poll");
            };
            if (answers == null) {
                continue;
            }
            out.append("::")
                    .append(escape(q.key()))
                    .append("::")
                    .append(escape(q.prompt()))
                    .append(" {")
                    .append(answers);
            if (q.explanation() != null && q.type() != QuestionType.DEBATE) {
                out.append(" ####").append(escape(q.explanation()));
            }
            out.append("}\n\n");
        }
        // The file says at its top what it could not hold, as GIFT comments Moodle ignores.
        StringBuilder head = new StringBuilder();
        for (Skipped s : skipped) {
            head.append("// Not exported: ")
                    .append(s.question())
                    .append(" (")
                    .append(org.agora.base.Messages.english(s.reasonKey()))
                    .append(")\n");
        }
        return new Export(head.isEmpty() ? out.toString() : head + "\n" + out, List.copyOf(skipped));
    }

    private static String multiple(List<OptionContent> options) {
        long right = options.stream().filter(OptionContent::correct).count();
        long wrong = options.size() - right;
        StringBuilder s = new StringBuilder();
        for (OptionContent o : options) {
            String weight = o.correct() ? percent(100.0 / right) : percent(wrong == 0 ? -100 : -100.0 / wrong);
            s.append(s.length() == 0 ? "" : " ")
                    .append("~%")
                    .append(weight)
                    .append("%")
                    .append(escape(o.text()));
        }
        return s.toString();
    }

    private static String percent(double value) {
        String text = String.format(Locale.ROOT, "%.5f", value).replaceAll("0+$", "");
        return text.endsWith(".") ? text.substring(0, text.length() - 1) : text;
    }

    private static String skip(List<Skipped> skipped, QuestionContent q, String reason) {
        skipped.add(new Skipped(q.key(), reason));
        return null;
    }

    /** Reads GIFT text into question proposals (for a section to take them), skipping what Agora cannot hold. */
    public static Import read(String text) {
        if (text == null || text.isBlank()) {
            throw new BadInputException("file", "gift.empty");
        }
        if (text.length() > MAX_CHARS) {
            throw new BadInputException("file", "gift.too-large", MAX_CHARS / 1024);
        }
        if (!isText(text)) {
            throw new BadInputException("file", "gift.not-text");
        }
        List<QuestionDoc> questions = new ArrayList<>();
        List<Skipped> skipped = new ArrayList<>();
        int number = 0;
        for (GiftReader.Item item : GiftReader.read(text)) {
            number++;
            String name = item.title() == null || item.title().isBlank() ? "q" + number : item.title();
            String prompt = plain(item.stem(), item.format());
            String explanation = item.generalFeedback() == null ? null : plain(item.generalFeedback(), item.format());
            switch (item.kind()) {
                case DESCRIPTION -> skipped.add(new Skipped(name, "gift.skipped.description"));
                case MATCHING -> skipped.add(new Skipped(name, "gift.skipped.matching"));
                case NUMERICAL -> skipped.add(new Skipped(name, "gift.skipped.numerical"));
                case ESSAY ->
                    questions.add(new QuestionDoc(name, "DEBATE", prompt, null, null, null, null, null, null));
                case TRUE_FALSE ->
                    questions.add(new QuestionDoc(
                            name, "TRUE_FALSE", prompt, explanation, null, item.truth(), null, null, null));
                case SHORT_ANSWER -> {
                    // Agora's short answers are right or wrong: those of full credit are accepted.
                    List<String> accepted = item.answers().stream()
                            .filter(GiftReader.Answer::full)
                            .map(a -> plain(a.text(), item.format()))
                            .toList();
                    if (accepted.isEmpty()) {
                        skipped.add(new Skipped(name, "gift.skipped.no-right-answer"));
                    } else {
                        questions.add(new QuestionDoc(
                                name, "SHORT_TEXT", prompt, explanation, null, null, accepted, null, null));
                    }
                }
                case MULTIPLE_CHOICE -> {
                    // One answer of full credit: choose one, that one is right. None of full credit but
                    // several with credit (Moodle's multiple response): choose all, those are right.
                    long full = item.answers().stream()
                            .filter(GiftReader.Answer::full)
                            .count();
                    List<OptionDoc> options = item.answers().stream()
                            .map(a -> new OptionDoc(plain(a.text(), item.format()), full > 0 ? a.full() : a.right()))
                            .toList();
                    long right = options.stream().filter(OptionDoc::correct).count();
                    if (right == 0) {
                        skipped.add(new Skipped(name, "gift.skipped.no-right-answer"));
                    } else {
                        questions.add(new QuestionDoc(
                                name,
                                right == 1 ? "SINGLE_CHOICE" : "MULTIPLE_CHOICE",
                                prompt,
                                explanation,
                                options,
                                null,
                                null,
                                null,
                                null));
                    }
                }
            }
        }
        return new Import(List.copyOf(questions), List.copyOf(skipped));
    }

    /**
     * A text of the file as Agora shows it: HTML (in the "[html]" format, or tags in Moodle's
     * own) as its words, entities read; Markdown and plain text as written.
     */
    private static String plain(String text, String format) {
        if (text == null) {
            return null;
        }
        boolean html = format.equals("html") || format.equals("moodle") && text.matches("(?s).*</?[a-zA-Z][^>]*>.*");
        String plain = html ? org.jsoup.Jsoup.parse(text).text() : text;
        return plain.replace('\u00A0', ' ').strip();
    }

    /** A file of text has no control characters but tabs and line breaks, and no undecodable bytes. */
    private static boolean isText(String text) {
        return text.chars().noneMatch(c -> c < 0x20 && c != '\n' && c != '\r' && c != '\t' || c == 0xFFFD);
    }

    static String escape(String text) {
        return text.replaceAll("([~=#{}:\\\\])", "\\\\$1").replace("\n", "\\n");
    }
}
