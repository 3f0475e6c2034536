package org.agora.lesson;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import net.dankito.readability4j.extended.Readability4JExtended;
import org.agora.base.BadInputException;
import org.jsoup.Jsoup;

/**
 * Measures article extractors on a folder of real pages, each a folder with {@code source.html},
 * the reference extraction {@code expected.html} and {@code expected-metadata.json} (title,
 * byline), and writes a Markdown report: mean word F1, pages refused, exact titles, bylines
 * found and the median time a page, then each page's figures. Arguments: the folder, the
 * report file. Run by {@code mvn test-compile exec:exec@article-corpus -Dagora.corpus=<folder>}.
 */
public final class ArticleCorpusReport {

    private static final int WARM_UP_ROUNDS = 3;
    private static final int TIMED_ROUNDS = 5;
    private static final String PAGE_URL = "http://fakehost/test/page.html";

    /** What an extractor gives for one page; {@code refusal} is set when it refused the page. */
    record Extraction(String title, String byline, String text, List<String> sentences, String refusal) {

        Extraction(String title, String byline, String text, String refusal) {
            this(title, byline, text, List.of(), refusal);
        }
    }

    /** A sentence cut after a title or an initial ("Mr." / "J."), which a reader would not cut there. */
    private static final java.util.regex.Pattern CUT_AT_TITLE =
            java.util.regex.Pattern.compile(".*(\\s|^)(Mr|Mrs|Ms|Dr|Prof|St|Sen|Gov|Gen|Rep|Jr|Sr|\\p{Lu})\\.$");

    interface Extractor {
        Extraction extract(byte[] html);
    }

    record Page(String name, byte[] html, String title, String byline, WordBag reference) {}

    private ArticleCorpusReport() {}

    public static void main(String[] args) throws IOException {
        Path corpus = Path.of(args[0]);
        Path reportFile = Path.of(args.length > 1 ? args[1] : "target/article-corpus-report.md");
        List<Page> pages = pages(corpus);
        Map<String, Extractor> extractors = new LinkedHashMap<>();
        ArticleImporter importer = new ArticleImporter();
        extractors.put("Agora's importer", html -> agora(importer, html));
        extractors.put("Readability4J alone", ArticleCorpusReport::readability4j);

        StringBuilder report = new StringBuilder("# Article importer on a corpus of real pages\n\n")
                .append("Run at ")
                .append(Instant.now())
                .append(" on ")
                .append(pages.size())
                .append(" pages, Java ")
                .append(System.getProperty("java.version"))
                .append(", ")
                .append(Runtime.getRuntime().availableProcessors())
                .append(" cores. Word F1: the page's text against the reference extraction's, as bags of words ")
                .append(
                        "(NFKC, lower case, runs of letters and digits, a Han or kana character a word); a refused page ")
                .append("counts 0. Title: exact after spaces are joined. Byline: found when one contains the other, ")
                .append(
                        "a leading \"By\" aside, on the pages whose reference has one. Time: the median page of the median ")
                .append("of ")
                .append(TIMED_ROUNDS)
                .append(" rounds after ")
                .append(WARM_UP_ROUNDS)
                .append(" to warm up, one thread.\n\n")
                .append(
                        "| extractor | mean word F1 | pages refused | titles exact | bylines found | median ms a page |\n")
                .append("|---|---|---|---|---|---|\n");
        Map<String, List<Extraction>> results = new LinkedHashMap<>();
        Map<String, double[]> f1s = new LinkedHashMap<>();
        long withByline = pages.stream().filter(p -> p.byline() != null).count();
        long withTitle = pages.stream().filter(p -> p.title() != null).count();
        for (Map.Entry<String, Extractor> entry : extractors.entrySet()) {
            List<Extraction> out =
                    pages.stream().map(p -> safely(entry.getValue(), p.html())).toList();
            results.put(entry.getKey(), out);
            double[] f1 = new double[pages.size()];
            int refused = 0;
            int titles = 0;
            int bylines = 0;
            long sentences = out.stream().mapToLong(e -> e.sentences().size()).sum();
            long cut = out.stream()
                    .flatMap(e -> e.sentences().stream())
                    .filter(t -> CUT_AT_TITLE.matcher(t).matches())
                    .count();
            for (int i = 0; i < pages.size(); i++) {
                Page page = pages.get(i);
                Extraction e = out.get(i);
                if (e.refusal() != null) {
                    refused++;
                    continue;
                }
                f1[i] = WordBag.of(e.text()).f1(page.reference());
                titles += page.title() != null && spaces(page.title()).equals(spaces(e.title())) ? 1 : 0;
                bylines += page.byline() != null && sameByline(page.byline(), e.byline()) ? 1 : 0;
            }
            f1s.put(entry.getKey(), f1);
            report.append(String.format(
                    Locale.ROOT,
                    "| %s | %.3f | %d | %d of %d | %d of %d | %.1f | %s |%n",
                    entry.getKey(),
                    Arrays.stream(f1).average().orElse(0),
                    refused,
                    titles,
                    withTitle,
                    bylines,
                    withByline,
                    medianMillis(entry.getValue(), pages),
                    sentences == 0 ? "–" : cut + " of " + sentences));
        }
        report.append("\n## Each page\n\nWord F1 of each extractor (precision / recall); for the first, what it gave ")
                .append("as title and byline when they differ from the reference.\n\n| page |");
        extractors.keySet().forEach(name -> report.append(' ').append(name).append(" |"));
        report.append(" title and byline |\n|---|");
        extractors.keySet().forEach(name -> report.append("---|"));
        report.append("---|\n");
        String first = extractors.keySet().iterator().next();
        for (int i = 0; i < pages.size(); i++) {
            Page page = pages.get(i);
            report.append("| ").append(page.name()).append(" |");
            for (String name : extractors.keySet()) {
                Extraction e = results.get(name).get(i);
                report.append(
                        e.refusal() != null
                                ? " refused: " + e.refusal() + " |"
                                : String.format(
                                        Locale.ROOT,
                                        " %.3f (%.2f / %.2f) |",
                                        f1s.get(name)[i],
                                        WordBag.of(e.text()).precision(page.reference()),
                                        WordBag.of(e.text()).recall(page.reference())));
            }
            Extraction e = results.get(first).get(i);
            List<String> notes = new ArrayList<>();
            if (e.refusal() == null
                    && page.title() != null
                    && !spaces(page.title()).equals(spaces(e.title()))) {
                notes.add("title \"" + cell(e.title()) + "\" (reference \"" + cell(page.title()) + "\")");
            }
            if (e.refusal() == null && page.byline() != null && !sameByline(page.byline(), e.byline())) {
                notes.add("byline \"" + cell(e.byline()) + "\" (reference \"" + cell(page.byline()) + "\")");
            }
            report.append(' ').append(String.join("; ", notes)).append(" |\n");
        }
        Files.createDirectories(reportFile.toAbsolutePath().getParent());
        Files.writeString(reportFile, report);
        System.out.println(report.substring(0, report.indexOf("\n## Each page")));
        System.out.println("Report written to " + reportFile);
    }

    private static List<Page> pages(Path corpus) throws IOException {
        ObjectMapper json = new ObjectMapper();
        List<Page> pages = new ArrayList<>();
        try (Stream<Path> folders = Files.list(corpus)) {
            for (Path folder : folders.filter(Files::isDirectory).sorted().toList()) {
                Path source = folder.resolve("source.html");
                if (!Files.exists(source)) {
                    continue;
                }
                JsonNode meta =
                        json.readTree(folder.resolve("expected-metadata.json").toFile());
                String reference = Jsoup.parse(Files.readString(folder.resolve("expected.html")))
                        .text();
                pages.add(new Page(
                        folder.getFileName().toString(),
                        Files.readAllBytes(source),
                        text(meta, "title"),
                        text(meta, "byline"),
                        WordBag.of(reference)));
            }
        }
        return pages;
    }

    private static String text(JsonNode meta, String field) {
        JsonNode value = meta.get(field);
        return value == null || value.isNull() || value.asText().isBlank() ? null : value.asText();
    }

    private static Extraction agora(ArticleImporter importer, byte[] html) {
        try {
            ArticleProposal p = importer.propose("source.html", html);
            StringBuilder text = new StringBuilder();
            List<String> sentences = new ArrayList<>();
            p.sections().forEach(section -> section.paragraphs().forEach(sentences::addAll));
            for (ArticleProposal.Section section : p.sections()) {
                if (!section.title().equals(p.title())) {
                    text.append(section.title()).append('\n');
                }
                section.paragraphs()
                        .forEach(para -> text.append(String.join(" ", para)).append('\n'));
            }
            return new Extraction(p.title(), p.author(), text.toString(), sentences, null);
        } catch (BadInputException refused) {
            return new Extraction(null, null, "", refused.key());
        }
    }

    private static Extraction readability4j(byte[] html) {
        var article =
                new Readability4JExtended(PAGE_URL, new String(html, java.nio.charset.StandardCharsets.UTF_8)).parse();
        String text = article.getArticleContent() == null
                ? ""
                : article.getArticleContent().text();
        return new Extraction(article.getTitle(), article.getByline(), text, null);
    }

    private static Extraction safely(Extractor extractor, byte[] html) {
        try {
            return extractor.extract(html);
        } catch (RuntimeException failed) {
            return new Extraction(null, null, "", failed.getClass().getSimpleName());
        }
    }

    private static double medianMillis(Extractor extractor, List<Page> pages) {
        for (int round = 0; round < WARM_UP_ROUNDS; round++) {
            pages.forEach(p -> safely(extractor, p.html()));
        }
        double[][] times = new double[pages.size()][TIMED_ROUNDS];
        for (int round = 0; round < TIMED_ROUNDS; round++) {
            for (int i = 0; i < pages.size(); i++) {
                long start = System.nanoTime();
                safely(extractor, pages.get(i).html());
                times[i][round] = (System.nanoTime() - start) / 1e6;
            }
        }
        double[] perPage =
                Arrays.stream(times).mapToDouble(ArticleCorpusReport::median).toArray();
        return median(perPage);
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n == 0 ? 0 : n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    static String spaces(String text) {
        return text == null
                ? ""
                : text.replace('\u00A0', ' ').replaceAll("\\s+", " ").strip();
    }

    /** One byline contains the other, case and a leading "By" aside. */
    static boolean sameByline(String reference, String found) {
        String a = byless(reference);
        String b = byless(found);
        return !a.isEmpty() && !b.isEmpty() && (a.contains(b) || b.contains(a));
    }

    private static String byless(String byline) {
        return spaces(byline).toLowerCase(Locale.ROOT).replaceFirst("^by\\s+", "");
    }

    private static String cell(String text) {
        String one = spaces(text).replace("|", "\\|");
        return one.length() > 80 ? one.substring(0, 80) + "…" : one;
    }
}
