package org.agora.lesson;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
    private static final Pattern TITLE = Pattern.compile("^::((?:[^:\\\\]|\\\\.)*)::");
    private static final Pattern WEIGHT = Pattern.compile("^%(-?\\d+(?:\\.\\d+)?)%");

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
        return new Export(out.toString(), List.copyOf(skipped));
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
        List<QuestionDoc> questions = new ArrayList<>();
        List<Skipped> skipped = new ArrayList<>();
        int number = 0;
        for (String block : withoutComments(text).split("\\n\\s*\\n")) {
            String item = block.strip();
            if (item.isEmpty() || item.startsWith("$CATEGORY")) {
                continue;
            }
            number++;
            String name = "q" + number;
            Matcher title = TITLE.matcher(item);
            if (title.find()) {
                name = unescape(title.group(1)).strip();
                item = item.substring(title.end()).strip();
            }
            int open = unescapedIndex(item, '{');
            int close = item.lastIndexOf('}');
            if (open < 0 || close < open) {
                skipped.add(new Skipped(name, "gift.skipped.description"));
                continue;
            }
            String prompt = unescape(item.substring(0, open) + " " + item.substring(close + 1))
                    .strip()
                    .replaceAll("\\s+", " ");
            if (prompt.startsWith("[html]")) {
                // Agora shows prompts as text: an HTML prompt keeps its words, not its tags.
                prompt = org.jsoup.Jsoup.parse(prompt.substring("[html]".length()))
                        .text();
            }
            prompt = prompt.replaceFirst("^\\[(moodle|markdown|plain)]", "").strip();
            String body = item.substring(open + 1, close).strip();
            QuestionDoc doc = question(name, prompt, body);
            if (doc == null) {
                skipped.add(new Skipped(name, "gift.skipped.unsupported"));
            } else {
                questions.add(doc);
            }
        }
        return new Import(List.copyOf(questions), List.copyOf(skipped));
    }

    private static QuestionDoc question(String key, String prompt, String body) {
        String explanation = null;
        int general = body.indexOf("####");
        if (general >= 0) {
            explanation = unescape(body.substring(general + 4)).strip();
            body = body.substring(0, general).strip();
        }
        if (body.isEmpty()) {
            return new QuestionDoc(key, "DEBATE", prompt, null, null, null, null, null, null);
        }
        String upper = body.toUpperCase(Locale.ROOT);
        if (upper.matches("T|TRUE|F|FALSE")) {
            return new QuestionDoc(
                    key, "TRUE_FALSE", prompt, explanation, null, upper.startsWith("T"), null, null, null);
        }
        if (body.startsWith("#") || body.contains("->")) {
            return null;
        }
        List<String[]> answers = answers(body);
        if (answers.isEmpty()) {
            return null;
        }
        boolean allRight = answers.stream().allMatch(a -> a[0].equals("="));
        if (allRight) {
            return new QuestionDoc(
                    key,
                    "SHORT_TEXT",
                    prompt,
                    explanation,
                    null,
                    null,
                    answers.stream().map(a -> a[1]).toList(),
                    null,
                    null);
        }
        boolean weighted = answers.stream().anyMatch(a -> WEIGHT.matcher(a[1]).find());
        List<OptionDoc> options = new ArrayList<>();
        for (String[] a : answers) {
            Matcher w = WEIGHT.matcher(a[1]);
            boolean correct = weighted ? w.find() && Double.parseDouble(w.group(1)) > 0 : a[0].equals("=");
            options.add(new OptionDoc(WEIGHT.matcher(a[1]).replaceFirst("").strip(), correct));
        }
        long right = options.stream().filter(OptionDoc::correct).count();
        if (right == 0) {
            return null;
        }
        return new QuestionDoc(
                key,
                weighted && right >= 1 && answers.stream().noneMatch(a -> a[0].equals("="))
                        ? "MULTIPLE_CHOICE"
                        : "SINGLE_CHOICE",
                prompt,
                explanation,
                options,
                null,
                null,
                null,
                null);
    }

    /** The answers of a body: pairs of ("=" or "~", text), answer feedback after # dropped. */
    private static List<String[]> answers(String body) {
        List<String[]> answers = new ArrayList<>();
        StringBuilder current = null;
        String mark = null;
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (c == '\\' && i + 1 < body.length()) {
                if (current != null) {
                    current.append(body.charAt(++i));
                } else {
                    i++;
                }
                continue;
            }
            if (c == '=' || c == '~') {
                if (current != null) {
                    answers.add(new String[] {mark, feedbackless(current.toString())});
                }
                mark = String.valueOf(c);
                current = new StringBuilder();
            } else if (current != null) {
                current.append(c == '#' ? '\u0000' : c);
            }
        }
        if (current != null) {
            answers.add(new String[] {mark, feedbackless(current.toString())});
        }
        return answers;
    }

    private static String feedbackless(String answer) {
        int feedback = answer.indexOf('\u0000');
        return (feedback >= 0 ? answer.substring(0, feedback) : answer).strip();
    }

    private static String withoutComments(String text) {
        return text.replace("\r\n", "\n").replaceAll("(?m)^\\s*//.*$", "");
    }

    private static int unescapedIndex(String text, char wanted) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\\') {
                i++;
            } else if (text.charAt(i) == wanted) {
                return i;
            }
        }
        return -1;
    }

    static String escape(String text) {
        return text.replaceAll("([~=#{}:\\\\])", "\\\\$1").replace("\n", "\\n");
    }

    static String unescape(String text) {
        return text.replace("\\n", "\n").replaceAll("\\\\([~=#{}:\\\\])", "$1");
    }
}
