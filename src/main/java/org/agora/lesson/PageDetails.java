package org.agora.lesson;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * What a web page says about its article besides the text: title, author, publication, date,
 * address and language, from its structured data (JSON-LD), its meta tags and its {@code <title>}, in
 * that order of trust.
 */
record PageDetails(String title, String author, String publication, String date, String address, String language) {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern META_NAME =
            Pattern.compile("^(?:(dc|dcterm|og|twitter|parsely|weibo:(?:article|webpage))\\s*[-.:]\\s*)?"
                    + "(author|creator|pub-date|description|title|site_name)$");
    private static final Pattern META_PROPERTY = Pattern.compile(
            "^(dc|dcterm|og|twitter|article)\\s*:\\s*(author|creator|description|published_time|title|site_name)$");
    /** A separator between a page's title and its site's name, spaces around it. */
    private static final Pattern SEPARATOR = Pattern.compile(" [|\\-–—\\\\/>»] ");

    private static final Pattern HIERARCHICAL = Pattern.compile(" [\\\\/>»] ");
    private static final int WORDS_OF_A_TITLE = 3;

    /** Reads a whole page, before anything is removed from it (its JSON-LD is in a script). */
    static PageDetails of(Document page) {
        Map<String, String> meta = meta(page);
        JsonNode article = structuredArticle(page);
        String title = first(
                structuredTitle(article, page.title()),
                meta.get("dc:title"),
                meta.get("dcterm:title"),
                meta.get("og:title"),
                meta.get("weibo:article:title"),
                meta.get("weibo:webpage:title"),
                meta.get("title"),
                meta.get("twitter:title"),
                meta.get("parsely:title"));
        if (title == null) {
            title = fromTitleElement(page);
        }
        String author = first(
                authors(article),
                meta.get("dc:creator"),
                meta.get("dcterm:creator"),
                meta.get("author"),
                meta.get("parsely:author"),
                notAnAddress(meta.get("article:author")));
        String publication =
                first(article == null ? null : text(article.path("publisher"), "name"), meta.get("og:site_name"));
        String date =
                first(text(article, "datePublished"), meta.get("article:published_time"), meta.get("parsely:pub-date"));
        String address = first(page.select("link[rel=canonical]").attr("href"), meta.get("og:url"), page.location());
        return new PageDetails(
                title,
                author,
                fitting(publication, DraftRules.SOURCE_MAX),
                fitting(day(date), DraftRules.DATE_MAX),
                fitting(webAddress(address), DraftRules.URL_MAX),
                language(page));
    }

    /** The page's language code as a lesson holds it ("en", "pt-BR"), from {@code <html lang>}; null if none. */
    private static String language(Document page) {
        Element html = page.selectFirst("html");
        String lang = html == null ? "" : html.attr("lang").strip().replace('_', '-');
        return lang.matches("[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})?") ? lang : null;
    }

    /** "2015-07-24T05:36:09+01:00" is shown as its day, "2015-07-24"; other dates as written. */
    private static String day(String date) {
        return date != null && date.matches("^\\d{4}-\\d{2}-\\d{2}([T ].*)?$") ? date.substring(0, 10) : date;
    }

    /** A value longer than the lesson's field can hold is not proposed: the admin types it. */
    private static String fitting(String value, int max) {
        return value == null || value.length() > max ? null : value;
    }

    /**
     * The article's headline, or its name when the two differ and the name is closer to the
     * page's {@code <title>} (some sites put a description in the headline).
     */
    private static String structuredTitle(JsonNode article, String pageTitle) {
        String headline = text(article, "headline");
        String name = text(article, "name");
        if (headline == null || name == null || headline.equals(name)) {
            return headline != null ? headline : name;
        }
        Set<String> titleWords = wordsOf(pageTitle);
        return shared(wordsOf(name), titleWords) > shared(wordsOf(headline), titleWords) ? name : headline;
    }

    private static Set<String> wordsOf(String text) {
        return Stream.of((text == null ? "" : text.toLowerCase(Locale.ROOT)).split("[^\\p{L}\\p{N}]+"))
                .filter(w -> !w.isEmpty())
                .collect(java.util.stream.Collectors.toSet());
    }

    private static long shared(Set<String> a, Set<String> b) {
        return a.stream().filter(b::contains).count();
    }

    /** The meta tags' values by normalised name: "og:title", "author", "article:published_time". */
    private static Map<String, String> meta(Document page) {
        Map<String, String> values = new HashMap<>();
        for (Element m : page.select("meta[content]")) {
            String content = HtmlBlocks.clean(m.attr("content"));
            if (content.isEmpty()) {
                continue;
            }
            for (String property : m.attr("property").toLowerCase(Locale.ROOT).split("\\s+")) {
                Matcher matched = META_PROPERTY.matcher(property.strip());
                if (matched.matches()) {
                    values.putIfAbsent(matched.group(1) + ":" + matched.group(2), content);
                }
            }
            String name = m.attr("name")
                    .toLowerCase(Locale.ROOT)
                    .replaceAll("\\s+", "")
                    .replace('.', ':');
            Matcher matched = META_NAME.matcher(name);
            if (matched.matches()) {
                String key = matched.group(1) == null ? matched.group(2) : matched.group(1) + ":" + matched.group(2);
                values.putIfAbsent(key, content);
            }
        }
        return values;
    }

    /** The first JSON-LD object of the page that is an article of some kind (NewsArticle, BlogPosting...). */
    private static JsonNode structuredArticle(Document page) {
        for (Element script : page.select("script[type=application/ld+json]")) {
            JsonNode root;
            try {
                root = JSON.readTree(script.data().replaceAll("^\\s*<!\\[CDATA\\[|]]>\\s*$", ""));
            } catch (Exception unreadable) {
                continue;
            }
            Optional<JsonNode> found = candidates(root)
                    .filter(n -> Stream.of(typesOf(n))
                            .anyMatch(t -> t.endsWith("Article") || t.equals("BlogPosting") || t.equals("Report")))
                    .findFirst();
            if (found.isPresent()) {
                return found.get();
            }
        }
        return null;
    }

    private static Stream<JsonNode> candidates(JsonNode root) {
        if (root == null) {
            return Stream.empty();
        }
        if (root.isArray()) {
            List<JsonNode> all = new ArrayList<>();
            root.forEach(all::add);
            return all.stream().flatMap(PageDetails::candidates);
        }
        if (root.has("@graph")) {
            return Stream.concat(Stream.of(root), candidates(root.get("@graph")));
        }
        return Stream.of(root);
    }

    private static String[] typesOf(JsonNode node) {
        JsonNode type = node.path("@type");
        if (type.isArray()) {
            List<String> types = new ArrayList<>();
            type.forEach(t -> types.add(t.asText()));
            return types.toArray(String[]::new);
        }
        return new String[] {type.asText()};
    }

    /** The names of the article's authors, joined by ", ". */
    private static String authors(JsonNode article) {
        if (article == null || article.path("author").isMissingNode()) {
            return null;
        }
        JsonNode author = article.get("author");
        List<String> names = new ArrayList<>();
        if (author.isArray()) {
            author.forEach(
                    a -> names.add(a.isTextual() ? a.asText() : a.path("name").asText()));
        } else {
            names.add(author.isTextual() ? author.asText() : author.path("name").asText());
        }
        String joined = String.join(
                ", ",
                names.stream().map(HtmlBlocks::clean).filter(n -> !n.isEmpty()).toList());
        return joined.isEmpty() ? null : joined;
    }

    private static String text(JsonNode node, String field) {
        if (node == null || !node.path(field).isTextual()) {
            return null;
        }
        String value = HtmlBlocks.clean(node.get(field).asText());
        return value.isEmpty() ? null : value;
    }

    private static String notAnAddress(String value) {
        return value == null || value.matches("(?i)^https?://.*") ? null : value;
    }

    private static String webAddress(String value) {
        return value != null && value.matches("(?i)^https?://\\S+$") ? value : null;
    }

    @SafeVarargs
    private static <T> T first(T... values) {
        for (T value : values) {
            if (value instanceof String s ? !s.isBlank() : value != null) {
                return value;
            }
        }
        return null;
    }

    /**
     * The page's {@code <title>} without its site's name: the part before the last separator
     * (or after the first one when too short), or after a colon; the whole title when what is
     * left is four words or fewer and was not cut at a hierarchical separator.
     */
    private static String fromTitleElement(Document page) {
        String whole = HtmlBlocks.clean(page.title());
        String title = whole;
        boolean hierarchical = false;
        Matcher separators = SEPARATOR.matcher(whole);
        int lastStart = -1;
        int firstEnd = -1;
        while (separators.find()) {
            lastStart = separators.start();
            firstEnd = firstEnd < 0 ? separators.end() : firstEnd;
        }
        if (lastStart >= 0) {
            hierarchical = HIERARCHICAL.matcher(whole).find();
            title = whole.substring(0, lastStart);
            if (words(title) < WORDS_OF_A_TITLE) {
                title = whole.substring(firstEnd);
            }
        } else if (whole.contains(": ")) {
            boolean headingIsWhole = page.select("h1, h2").stream()
                    .anyMatch(h -> HtmlBlocks.clean(h.text()).equals(whole));
            if (!headingIsWhole) {
                title = whole.substring(whole.lastIndexOf(':') + 1);
                if (words(title) < WORDS_OF_A_TITLE) {
                    title = whole.substring(whole.indexOf(':') + 1);
                } else if (words(whole.substring(0, whole.indexOf(':'))) > 5) {
                    title = whole;
                }
            }
        } else if (whole.length() > 150 || whole.length() < 15) {
            var h1s = page.select("h1");
            if (h1s.size() == 1) {
                title = HtmlBlocks.clean(h1s.first().text());
            }
        }
        title = HtmlBlocks.clean(title);
        int wholeWords = words(SEPARATOR.matcher(whole).replaceAll(" "));
        if (words(title) <= 4 && (!hierarchical || words(title) != wholeWords - 1)) {
            title = whole;
        }
        return title.isEmpty() ? null : title;
    }

    private static int words(String text) {
        String stripped = text.strip();
        return stripped.isEmpty() ? 0 : stripped.split("\\s+").length;
    }
}
