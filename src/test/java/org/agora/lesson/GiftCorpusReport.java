package org.agora.lesson;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.agora.base.BadInputException;
import org.agora.lesson.LessonFile.OptionDoc;
import org.agora.lesson.LessonFile.QuestionDoc;
import org.jsoup.Jsoup;

/**
 * Measures Agora's GIFT reader on a folder of GIFT files, each with its reference parse
 * ({@code name.gift} and {@code name.json}, the JSON of the GIFT grammar project: type, title,
 * stem, choices with correctness, weight and feedback, match pairs, embedded answers), and
 * writes a Markdown report of the mismatches by kind, then each file's. Arguments: the
 * folder, the report file. Run by {@code mvn test-compile exec:exec@gift-corpus
 * -Dagora.corpus=<folder>}.
 */
public final class GiftCorpusReport {

    /** Question kinds Agora holds, by the reference's type name. */
    private static final Map<String, List<String>> HELD = Map.of(
            "MC", List.of("SINGLE_CHOICE", "MULTIPLE_CHOICE"),
            "TF", List.of("TRUE_FALSE"),
            "Short", List.of("SHORT_TEXT"),
            "Essay", List.of("DEBATE"));

    private final Map<String, Integer> kinds = new TreeMap<>();
    private final Map<String, List<String>> byFile = new LinkedHashMap<>();
    private int questions;

    private GiftCorpusReport() {}

    public static void main(String[] args) throws IOException {
        Path corpus = Path.of(args[0]);
        Path reportFile = Path.of(args.length > 1 ? args[1] : "target/gift-corpus-report.md");
        GiftCorpusReport report = new GiftCorpusReport();
        List<Path> files;
        try (Stream<Path> all = Files.list(corpus)) {
            files = all.filter(p -> p.toString().endsWith(".gift")).sorted().toList();
        }
        ObjectMapper json = new ObjectMapper();
        for (Path gift : files) {
            String name = gift.getFileName().toString();
            JsonNode reference = json.readTree(
                    gift.resolveSibling(name.replaceFirst("\\.gift$", ".json")).toFile());
            report.compare(name, Files.readString(gift, StandardCharsets.UTF_8), reference);
        }
        StringBuilder text = new StringBuilder("# Agora's GIFT reader on a corpus of GIFT files\n\n")
                .append("Run at ")
                .append(Instant.now())
                .append(" on ")
                .append(files.size())
                .append(" files, ")
                .append(report.questions)
                .append(" questions in their reference parses (descriptions and categories aside). A question ")
                .append("counts once for each kind of mismatch it has; answer feedback counts each answer.\n\n")
                .append("| mismatch | count |\n|---|---|\n");
        report.kinds.forEach((kind, n) ->
                text.append("| ").append(kind).append(" | ").append(n).append(" |\n"));
        text.append("| **all** | ")
                .append(report.kinds.values().stream()
                        .mapToInt(Integer::intValue)
                        .sum())
                .append(" |\n\n## Each file\n\n");
        report.byFile.forEach((file, lines) -> {
            text.append("### ").append(file).append("\n\n");
            lines.forEach(line -> text.append("- ").append(line).append('\n'));
            text.append('\n');
        });
        Files.createDirectories(reportFile.toAbsolutePath().getParent());
        Files.writeString(reportFile, text);
        System.out.println(text.substring(0, text.indexOf("## Each file")));
        System.out.println("Report written to " + reportFile);
    }

    private void compare(String file, String gift, JsonNode reference) {
        List<String> lines = byFile.computeIfAbsent(file, f -> new ArrayList<>());
        Gift.Import read;
        try {
            read = Gift.read(gift);
        } catch (BadInputException refused) {
            count(lines, "file refused", refused.getMessage());
            return;
        }
        // Titles may repeat in a file: each name's questions are taken in the file's order.
        Map<String, java.util.ArrayDeque<QuestionDoc>> byName = new LinkedHashMap<>();
        read.questions()
                .forEach(q -> byName.computeIfAbsent(q.key(), k -> new java.util.ArrayDeque<>())
                        .add(q));
        int position = 0;
        for (JsonNode ref : reference) {
            String type = ref.path("type").asText();
            if (type.equals("Category")) {
                continue;
            }
            position++;
            if (type.equals("Description")) {
                continue;
            }
            questions++;
            String title = ref.path("title").isTextual() ? ref.get("title").asText() : null;
            String name = title != null ? title.strip() : "q" + position;
            QuestionDoc ours = byName.containsKey(name) ? byName.get(name).poll() : null;
            String where = name + " (" + type + ")";
            if (!HELD.containsKey(type)) {
                if (ours == null) {
                    count(lines, "skipped: " + type.toLowerCase() + " (no such kind in Agora)", where);
                }
                continue;
            }
            if (ours == null) {
                count(lines, "skipped although Agora holds the kind", where);
                continue;
            }
            if (!HELD.get(type).contains(ours.type())) {
                count(lines, "read as another kind", where + " read as " + ours.type());
                continue;
            }
            compareText(lines, where, ref, ours);
            switch (type) {
                case "MC" -> compareChoices(lines, where, ref, ours);
                case "Short" -> compareShort(lines, where, ref, ours);
                case "TF" -> compareTrueFalse(lines, where, ref, ours);
                default -> {}
            }
        }
    }

    private void compareText(List<String> lines, String where, JsonNode ref, QuestionDoc ours) {
        String stem = text(ref.path("stem"));
        if (markup(ours.prompt())) {
            count(lines, "markup left in the text", where + ": " + shorten(ours.prompt()));
        }
        if (ref.path("hasEmbeddedAnswers").asBoolean() && !ours.prompt().contains("___")) {
            count(lines, "missing word without its blank", where + ": " + shorten(ours.prompt()));
        } else if (!same(stem, ours.prompt())) {
            count(
                    lines,
                    "prompt differs",
                    where + ": \"" + shorten(ours.prompt()) + "\" for \"" + shorten(stem) + "\"");
        }
        String general = ref.path("globalFeedback").isNull() ? null : text(ref.path("globalFeedback"));
        if (general != null && !same(general, ours.explanation())) {
            count(lines, "general feedback lost", where);
        }
    }

    private void compareChoices(List<String> lines, String where, JsonNode ref, QuestionDoc ours) {
        List<OptionDoc> options = ours.options() == null ? List.of() : ours.options();
        JsonNode choices = ref.path("choices");
        if (choices.size() != options.size()) {
            count(lines, "options differ", where + ": " + options.size() + " for " + choices.size());
            return;
        }
        // Right in Agora: the answer of full credit when there is one (Moodle's single answer with
        // partial credit), otherwise every answer with credit (Moodle's multiple response).
        boolean anyFull = false;
        for (JsonNode choice : choices) {
            anyFull |= full(choice);
        }
        for (int i = 0; i < choices.size(); i++) {
            JsonNode choice = choices.get(i);
            OptionDoc option = options.get(i);
            if (!same(text(choice.path("text")), option.text())) {
                count(lines, "options differ", where + ": \"" + shorten(option.text()) + "\"");
            }
            if (markup(option.text())) {
                count(lines, "markup left in the text", where + ": " + shorten(option.text()));
            }
            boolean right = anyFull ? full(choice) : credit(choice);
            if (right != option.correct()) {
                count(lines, "right answer differs", where + ": \"" + shorten(option.text()) + "\"");
            }
            JsonNode weight = choice.path("weight");
            if (weight.isNumber() && weight.asDouble() != 100 && weight.asDouble() != 0 && weight.asDouble() != -100) {
                count(
                        lines,
                        "partial credit lost",
                        where + ": " + weight.asText() + "% \"" + shorten(option.text()) + "\"");
            }
            if (!choice.path("feedback").isNull() && !choice.path("feedback").isMissingNode()) {
                count(lines, "answer feedback lost", where + ": \"" + shorten(text(choice.path("feedback"))) + "\"");
            }
        }
    }

    private void compareShort(List<String> lines, String where, JsonNode ref, QuestionDoc ours) {
        List<String> expected = new ArrayList<>();
        for (JsonNode choice : ref.path("choices")) {
            // Agora accepts the answers of full credit; the others are counted as partial credit lost.
            if (full(choice)) {
                expected.add(text(choice.path("text")));
            }
            if (!choice.path("feedback").isNull() && !choice.path("feedback").isMissingNode()) {
                count(lines, "answer feedback lost", where + ": \"" + shorten(text(choice.path("feedback"))) + "\"");
            }
            JsonNode weight = choice.path("weight");
            if (weight.isNumber() && weight.asDouble() > 0 && weight.asDouble() < 100) {
                count(lines, "partial credit lost", where + ": " + weight.asText() + "%");
            }
        }
        List<String> accepted = ours.accepted() == null ? List.of() : ours.accepted();
        if (!expected.stream()
                .map(GiftCorpusReport::normal)
                .toList()
                .equals(accepted.stream().map(GiftCorpusReport::normal).toList())) {
            count(lines, "accepted answers differ", where + ": " + accepted + " for " + expected);
        }
    }

    private void compareTrueFalse(List<String> lines, String where, JsonNode ref, QuestionDoc ours) {
        if (ref.path("isTrue").asBoolean() != Boolean.TRUE.equals(ours.answer())) {
            count(lines, "true/false answer differs", where);
        }
        for (String side : List.of("trueFeedback", "falseFeedback")) {
            if (!ref.path(side).isNull() && !ref.path(side).isMissingNode()) {
                count(lines, "answer feedback lost", where + ": " + side);
            }
        }
    }

    private static boolean full(JsonNode choice) {
        JsonNode weight = choice.path("weight");
        return weight.isNumber()
                ? weight.asDouble() >= 100
                : choice.path("isCorrect").asBoolean();
    }

    private static boolean credit(JsonNode choice) {
        JsonNode weight = choice.path("weight");
        return weight.isNumber()
                ? weight.asDouble() > 0
                : choice.path("isCorrect").asBoolean();
    }

    /** The reference's text as a reader sees it: HTML as its text, other formats as written. */
    private static String text(JsonNode formatted) {
        if (formatted == null || formatted.isNull() || formatted.isMissingNode()) {
            return null;
        }
        String text = formatted.isTextual()
                ? formatted.asText()
                : formatted.path("text").asText();
        boolean tags = text.matches("(?s).*</?[a-zA-Z][^>]*>.*");
        String format = formatted.path("format").asText();
        return format.equals("html") || format.equals("moodle") && tags
                ? Jsoup.parse(text).text()
                : text;
    }

    private static boolean same(String a, String b) {
        return Objects.equals(normal(a), normal(b));
    }

    private static String normal(String text) {
        return text == null
                ? null
                : text.replace('\u00A0', ' ').replaceAll("\\s+", " ").strip();
    }

    private static boolean markup(String text) {
        return text != null
                && (text.matches("(?s).*<[a-zA-Z/][^>]*>.*")
                        || text.contains("&nbsp;")
                        || text.matches("(?s)^\\[(html|moodle|markdown|plain)].*"));
    }

    private static String shorten(String text) {
        String one = normal(text);
        return one == null ? "null" : one.length() > 70 ? one.substring(0, 70) + "…" : one;
    }

    private void count(List<String> lines, String kind, String detail) {
        kinds.merge(kind, 1, Integer::sum);
        lines.add(kind + ": " + detail);
    }
}
