package org.agora.lesson;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads GIFT text as Moodle's documentation of the format defines it, into {@link Item}s in
 * the file's order: questions are separated by blank lines (a blank line inside braces does not
 * end one), lines starting with "//" are comments, "$CATEGORY:" lines name a category; a
 * question may start with "::title::" and a format ("[html]", "[moodle]", "[plain]",
 * "[markdown]"); its answers are in braces, and text after them makes it a missing-word
 * question. The characters {@code ~ = # { } :} and the backslash are taken literally after a
 * backslash, and "\n" is a new line.
 */
final class GiftReader {

    /** What a block of the file is. */
    enum Kind {
        DESCRIPTION,
        ESSAY,
        TRUE_FALSE,
        MULTIPLE_CHOICE,
        SHORT_ANSWER,
        MATCHING,
        NUMERICAL
    }

    /** An answer: its text, whether it was marked "=", its weight in percent if given, its feedback. */
    record Answer(String text, boolean equals, Double weight, String feedback) {

        /** Moodle gives credit to an answer marked "=" without a weight, and to a positive weight. */
        boolean right() {
            return weight == null ? equals : weight > 0;
        }

        /** Full credit: "=" without a weight, or a weight of 100 %. */
        boolean full() {
            return weight == null ? equals : weight >= 100;
        }
    }

    /** A pair of a matching question. */
    record Pair(String item, String match) {}

    /** A numerical answer: the numbers from {@code low} to {@code high} are right, for {@code weight} percent. */
    record Number(double low, double high, Double weight, String feedback) {}

    /**
     * One question (or description) of the file. For true/false, {@code truth} is the right
     * answer, {@code wrongFeedback} and {@code rightFeedback} what the student is told after a
     * wrong or a right answer.
     */
    record Item(
            String title,
            Kind kind,
            String format,
            String stem,
            boolean blank,
            List<Answer> answers,
            List<Pair> pairs,
            List<Number> numbers,
            Boolean truth,
            String wrongFeedback,
            String rightFeedback,
            String generalFeedback) {}

    /** The blank of a missing-word question, where its answers stood in the text. */
    static final String BLANK = "_____";

    private static final Pattern FORMAT = Pattern.compile("^\\s*\\[(html|moodle|plain|markdown)]");
    private static final Pattern WEIGHT = Pattern.compile("^\\s*%(-?\\d+(?:\\.\\d+)?)%");
    private static final Pattern TRUE_FALSE = Pattern.compile("(?i)^(T|TRUE|F|FALSE)$");
    private static final Pattern RANGE =
            Pattern.compile("^(-?[\\d.]+(?:[eE]-?\\d+)?)\\s*\\.\\.\\s*(-?[\\d.]+(?:[eE]-?\\d+)?)$");
    private static final Pattern TOLERANCE =
            Pattern.compile("^(-?[\\d.]+(?:[eE]-?\\d+)?)(?:\\s*:\\s*([\\d.]+(?:[eE]-?\\d+)?))?$");

    /** Placeholders for escaped characters while the text is cut at the unescaped ones. */
    private static final String SIGNS = "~=#{}:\\";

    /** TeX commands that start with "n": "\\neq" in a formula is not a new line and "eq". */
    private static final java.util.Set<String> TEX_COMMANDS = java.util.Set.of(
            "ne",
            "neq",
            "nabla",
            "not",
            "notin",
            "nu",
            "ni",
            "nmid",
            "nless",
            "ngtr",
            "nleq",
            "ngeq",
            "nexists",
            "neg",
            "newline",
            "noindent",
            "nolimits",
            "natural",
            "nearrow",
            "nwarrow",
            "nsubseteq",
            "nsupseteq",
            "nparallel",
            "nrightarrow",
            "nleftarrow",
            "nsim",
            "ncong",
            "napprox",
            "nvdash",
            "nprec",
            "nsucc");

    private GiftReader() {}

    /** The letters from {@code at} on. */
    private static String letterRun(String text, int at) {
        int end = at;
        while (end < text.length() && Character.isLetter(text.charAt(end))) {
            end++;
        }
        return text.substring(at, end);
    }

    static List<Item> read(String text) {
        List<Item> items = new ArrayList<>();
        for (String block : blocks(text)) {
            if (block.startsWith("$CATEGORY:")) {
                continue;
            }
            items.add(item(block));
        }
        return items;
    }

    /** The blocks of the file: comment lines removed, separated by blank lines outside braces. */
    static List<String> blocks(String text) {
        List<String> blocks = new ArrayList<>();
        StringBuilder block = new StringBuilder();
        int depth = 0;
        for (String line : text.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1)) {
            if (line.strip().startsWith("//")) {
                continue;
            }
            if (line.isBlank() && depth == 0) {
                if (!block.toString().isBlank()) {
                    blocks.add(block.toString().strip());
                }
                block.setLength(0);
                continue;
            }
            block.append(line).append('\n');
            depth = Math.max(0, depth + braceBalance(line));
        }
        if (!block.toString().isBlank()) {
            blocks.add(block.toString().strip());
        }
        return blocks;
    }

    private static int braceBalance(String line) {
        int balance = 0;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '{') {
                balance++;
            } else if (c == '}') {
                balance--;
            }
        }
        return balance;
    }

    private static Item item(String block) {
        String rest = block;
        String title = null;
        if (rest.startsWith("::")) {
            int end = unescaped(rest, "::", 2);
            if (end > 0) {
                title = text(rest.substring(2, end));
                rest = rest.substring(end + 2);
            }
        }
        String format = "moodle";
        Matcher marker = FORMAT.matcher(rest);
        if (marker.find()) {
            format = marker.group(1);
            rest = rest.substring(marker.end());
        }
        int open = unescaped(rest, "{", 0);
        int close = open < 0 ? -1 : unescaped(rest, "}", open + 1);
        if (open < 0 || close < 0) {
            return new Item(
                    title,
                    Kind.DESCRIPTION,
                    format,
                    text(rest),
                    false,
                    List.of(),
                    List.of(),
                    List.of(),
                    null,
                    null,
                    null,
                    null);
        }
        String before = text(rest.substring(0, open));
        String after = text(rest.substring(close + 1));
        boolean blank = !after.isEmpty();
        String stem = blank ? before + " " + BLANK + " " + after : before;
        String body = rest.substring(open + 1, close);
        String general = null;
        int generalAt = unescaped(body, "####", 0);
        if (generalAt >= 0) {
            general = text(withoutFormat(body.substring(generalAt + 4)));
            body = body.substring(0, generalAt);
        }
        String trimmed = body.strip();
        if (trimmed.isEmpty()) {
            return new Item(
                    title, Kind.ESSAY, format, stem, blank, List.of(), List.of(), List.of(), null, null, null, general);
        }
        if (trimmed.startsWith("#")) {
            return new Item(
                    title,
                    Kind.NUMERICAL,
                    format,
                    stem,
                    blank,
                    List.of(),
                    List.of(),
                    numbers(trimmed.substring(1)),
                    null,
                    null,
                    null,
                    general);
        }
        List<String> parts = cut(trimmed, '#');
        if (TRUE_FALSE.matcher(parts.get(0).strip()).matches()) {
            boolean truth = parts.get(0).strip().toUpperCase(Locale.ROOT).startsWith("T");
            return new Item(
                    title,
                    Kind.TRUE_FALSE,
                    format,
                    stem,
                    blank,
                    List.of(),
                    List.of(),
                    List.of(),
                    truth,
                    parts.size() > 1 ? feedback(parts.get(1)) : null,
                    parts.size() > 2 ? feedback(parts.get(2)) : null,
                    general);
        }
        List<Answer> answers = answers(trimmed);
        if (!answers.isEmpty() && answers.stream().allMatch(a -> a.equals() && hasArrow(a.text()))) {
            List<Pair> pairs = answers.stream()
                    .map(a -> {
                        int arrow = a.text().indexOf("->");
                        return new Pair(
                                a.text().substring(0, arrow).strip(),
                                a.text().substring(arrow + 2).strip());
                    })
                    .toList();
            return new Item(
                    title, Kind.MATCHING, format, stem, blank, List.of(), pairs, List.of(), null, null, null, general);
        }
        boolean anyTilde = answers.stream().anyMatch(a -> !a.equals());
        return new Item(
                title,
                anyTilde ? Kind.MULTIPLE_CHOICE : Kind.SHORT_ANSWER,
                format,
                stem,
                blank,
                answers,
                List.of(),
                List.of(),
                null,
                null,
                null,
                general);
    }

    private static boolean hasArrow(String text) {
        return text.contains("->");
    }

    /**
     * The answers of a choice or short-answer body: each starts at an unescaped "=" or "~"
     * (text before the first one, as in "{%100%Asia}", is an answer too), may carry a weight
     * "%50%", and its feedback follows "#".
     */
    private static List<Answer> answers(String body) {
        List<Answer> answers = new ArrayList<>();
        List<int[]> starts = new ArrayList<>();
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '=' || c == '~') {
                // "->" of a matching pair is not an answer's start, nor is "=" inside one.
                starts.add(new int[] {i, c});
            }
        }
        String lead = body.substring(0, starts.isEmpty() ? body.length() : starts.get(0)[0]);
        if (!lead.isBlank()) {
            answers.add(answer(lead, true));
        }
        for (int k = 0; k < starts.size(); k++) {
            int from = starts.get(k)[0] + 1;
            int to = k + 1 < starts.size() ? starts.get(k + 1)[0] : body.length();
            answers.add(answer(body.substring(from, to), starts.get(k)[1] == '='));
        }
        return answers;
    }

    private static Answer answer(String raw, boolean equals) {
        List<String> parts = cut(raw, '#');
        String text = parts.get(0);
        Double weight = null;
        Matcher w = WEIGHT.matcher(text);
        if (w.find()) {
            weight = Double.valueOf(w.group(1));
            text = text.substring(w.end());
        }
        String feedback = parts.size() > 1 ? feedback(String.join("#", parts.subList(1, parts.size()))) : null;
        return new Answer(text(withoutFormat(text)), equals, weight, feedback);
    }

    private static List<Number> numbers(String body) {
        List<Number> numbers = new ArrayList<>();
        String trimmed = body.strip();
        boolean several = trimmed.startsWith("=") || trimmed.startsWith("~") || trimmed.contains("\n=");
        if (!several) {
            Number single = number(trimmed, null, null);
            return single == null ? List.of() : List.of(single);
        }
        for (Answer a : answers(trimmed)) {
            Number n = number(a.text(), a.weight(), a.feedback());
            if (n != null) {
                numbers.add(n);
            }
        }
        return numbers;
    }

    private static Number number(String spec, Double weight, String feedback) {
        List<String> parts = cut(spec, '#');
        String value = text(parts.get(0));
        String ownFeedback = feedback != null ? feedback : parts.size() > 1 ? feedback(parts.get(1)) : null;
        Matcher range = RANGE.matcher(value);
        try {
            if (range.matches()) {
                double a = Double.parseDouble(range.group(1));
                double b = Double.parseDouble(range.group(2));
                return new Number(Math.min(a, b), Math.max(a, b), weight, ownFeedback);
            }
            Matcher tolerance = TOLERANCE.matcher(value);
            if (tolerance.matches()) {
                double v = Double.parseDouble(tolerance.group(1));
                double t = tolerance.group(2) == null ? 0 : Double.parseDouble(tolerance.group(2));
                return new Number(v - t, v + t, weight, ownFeedback);
            }
        } catch (NumberFormatException notANumber) {
            return null;
        }
        return null;
    }

    private static String feedback(String raw) {
        String text = text(withoutFormat(raw));
        return text.isEmpty() ? null : text;
    }

    private static String withoutFormat(String text) {
        return FORMAT.matcher(text).replaceFirst("");
    }

    /** The parts of a text between unescaped {@code sign}s, still escaped. */
    private static List<String> cut(String text, char sign) {
        List<String> parts = new ArrayList<>();
        StringBuilder part = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\' && i + 1 < text.length()) {
                part.append(c).append(text.charAt(++i));
            } else if (c == sign) {
                parts.add(part.toString());
                part.setLength(0);
            } else {
                part.append(c);
            }
        }
        parts.add(part.toString());
        return parts;
    }

    /** Where {@code wanted} first stands unescaped at or after {@code from}, or -1. */
    private static int unescaped(String text, String wanted, int from) {
        for (int i = from; i < text.length(); i++) {
            if (text.charAt(i) == '\\') {
                i++;
            } else if (text.startsWith(wanted, i)) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Text as written, without its escapes: a backslash before one of {@code ~ = # { } :} or
     * before itself stands for that character, "\n" for a new line unless it starts a TeX
     * command such as "\neq" or "\nabla"; any other backslash stays. Spaces at either end are
     * trimmed.
     */
    static String text(String escaped) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < escaped.length(); i++) {
            char c = escaped.charAt(i);
            if (c == '\\' && i + 1 < escaped.length()) {
                char next = escaped.charAt(i + 1);
                if (SIGNS.indexOf(next) >= 0) {
                    out.append(next);
                    i++;
                    continue;
                }
                if (next == 'n' && !TEX_COMMANDS.contains(letterRun(escaped, i + 1))) {
                    out.append('\n');
                    i++;
                    continue;
                }
            }
            out.append(c);
        }
        return out.toString().strip();
    }
}
