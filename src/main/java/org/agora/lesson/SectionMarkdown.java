package org.agora.lesson;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;

/**
 * A section's text as authors write it: Markdown paragraphs separated by a blank line, list
 * items starting with "- " or "1. ", and inside them emphasis, strong text, code and links.
 * It is stored as sentences (a list item's marker stays on its first sentence), and each
 * sentence is shown as HTML rendered from its Markdown and cleaned with an allow-list.
 */
public final class SectionMarkdown {

    /** The kind of a paragraph, from the marker on its first sentence. */
    public enum Kind {
        TEXT,
        BULLET,
        NUMBERED
    }

    private static final Pattern BULLET = Pattern.compile("^[-*+]\\s+");
    private static final Pattern NUMBERED = Pattern.compile("^(\\d{1,3})[.)]\\s+");
    /** The end of a sentence: its mark, closing quotes or brackets (a French "»" after a space too), a space. */
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?…](?:[\\s\u00A0\u202F]?[»›])?[\"'”’)\\]*_`]*\\s+");

    private static final Parser PARSER = Parser.builder().build();
    private static final HtmlRenderer RENDERER =
            HtmlRenderer.builder().escapeHtml(true).sanitizeUrls(true).build();
    private static final Cleaner CLEANER = new Cleaner(Safelist.none()
            .addTags("em", "strong", "code", "a", "br")
            .addAttributes("a", "href")
            .addProtocols("a", "href", "http", "https", "mailto")
            .addEnforcedAttribute("a", "rel", "noopener noreferrer nofollow")
            .addEnforcedAttribute("a", "target", "_blank"));

    private SectionMarkdown() {}

    /** Splits Markdown into paragraphs of sentences, as stored. */
    public static List<List<String>> paragraphs(String markdown) {
        return paragraphs(markdown, Set.of());
    }

    /**
     * Splits Markdown into paragraphs of sentences, keeping the sentences it already knows
     * (without their list markers) whole, as they were stored: an edit elsewhere does not
     * re-split a hand-made sentence such as "Mr. Putin spoke." and so does not change its key.
     */
    public static List<List<String>> paragraphs(String markdown, Collection<String> known) {
        List<List<String>> paragraphs = new ArrayList<>();
        StringBuilder block = new StringBuilder();
        for (String rawLine : (markdown == null ? "" : markdown).split("\\R", -1)) {
            String line = rawLine.strip();
            boolean item = BULLET.matcher(line).find() || NUMBERED.matcher(line).find();
            if (line.isEmpty() || item) {
                flush(block, paragraphs, known);
            }
            if (!line.isEmpty()) {
                block.append(block.length() == 0 ? "" : " ").append(normalMarker(line));
            }
        }
        flush(block, paragraphs, known);
        return paragraphs;
    }

    /** The Markdown of stored paragraphs: the inverse of {@link #paragraphs(String)}. */
    public static String markdown(List<List<String>> paragraphs) {
        StringBuilder text = new StringBuilder();
        Kind previous = null;
        for (List<String> paragraph : paragraphs) {
            if (paragraph.isEmpty()) {
                continue;
            }
            Kind kind = kind(paragraph.get(0));
            if (previous != null) {
                text.append(kind != Kind.TEXT && kind == previous ? "\n" : "\n\n");
            }
            text.append(String.join(" ", paragraph));
            previous = kind;
        }
        return text.toString();
    }

    public static Kind kind(String firstSentence) {
        if (BULLET.matcher(firstSentence).find()) {
            return Kind.BULLET;
        }
        return NUMBERED.matcher(firstSentence).find() ? Kind.NUMBERED : Kind.TEXT;
    }

    /** A sentence without the list marker it may start with. */
    public static String withoutMarker(String sentence) {
        return NUMBERED.matcher(BULLET.matcher(sentence).replaceFirst("")).replaceFirst("");
    }

    /** The sentence as safe HTML: rendered from its Markdown, then cleaned with the allow-list. */
    public static String html(String sentence) {
        Node node = PARSER.parse(withoutMarker(sentence));
        String rendered = RENDERER.render(node).strip();
        // One sentence renders as one paragraph; keep its content only.
        Document clean = CLEANER.clean(Jsoup.parseBodyFragment(rendered));
        clean.outputSettings().prettyPrint(false);
        return clean.body().html();
    }

    /** The sentence as plain text, for places that show it without formatting. */
    public static String plain(String sentence) {
        return Jsoup.parseBodyFragment(html(sentence)).text();
    }

    /**
     * The sentences of a paragraph: a known sentence at the start is taken whole; otherwise the
     * next sentence ends at a sentence break where its inline Markdown is balanced, so that
     * emphasis, code and links are never cut in two.
     */
    static List<String> sentences(String paragraph, Collection<String> known) {
        List<String> sentences = new ArrayList<>();
        String rest = paragraph.strip();
        while (!rest.isEmpty()) {
            String next = knownAtStart(rest, known);
            if (next == null) {
                next = firstSentence(rest);
            }
            sentences.add(next);
            rest = rest.substring(next.length()).strip();
        }
        return sentences;
    }

    private static String knownAtStart(String text, Collection<String> known) {
        String best = null;
        for (String sentence : known) {
            String plain = withoutMarker(sentence);
            if (!plain.isEmpty()
                    && (text.equals(plain) || text.startsWith(plain + " "))
                    && (best == null || plain.length() > best.length())) {
                best = plain;
            }
        }
        return best;
    }

    /**
     * A sentence ends at a full stop, question or exclamation mark (with any closing quote,
     * bracket or emphasis after it) followed by a space and then by something that is not a
     * lower-case letter, unless the full stop is an abbreviation's ({@link Abbreviations}); and
     * only where its inline Markdown is balanced.
     */
    private static String firstSentence(String text) {
        Matcher end = SENTENCE_END.matcher(text);
        while (end.find()) {
            String candidate = text.substring(0, end.end()).strip();
            boolean lowerNext = end.end() < text.length() && Character.isLowerCase(text.codePointAt(end.end()));
            boolean abbreviation = text.charAt(end.start()) == '.'
                    && Character.isWhitespace(text.charAt(end.start() + 1))
                    && Abbreviations.keepsSentenceOpen(text.substring(0, end.start() + 1), text.substring(end.end()));
            // A closing mark after the space ("! »" in French) belongs to the sentence before it.
            boolean closingNext = end.end() < text.length() && "»›”’)]".indexOf(text.charAt(end.end())) >= 0;
            if (!lowerNext && !closingNext && !abbreviation && balanced(candidate)) {
                return candidate;
            }
        }
        return text;
    }

    /** Whether emphasis, code spans and link brackets are closed within the text. */
    private static boolean balanced(String text) {
        return count(text, '*') % 2 == 0
                && count(text, '`') % 2 == 0
                && count(text, '[') == count(text, ']')
                && count(text, '(') <= count(text, ')');
    }

    /** How often a sign stands in the text, not counting those escaped with a backslash. */
    private static long count(String text, char c) {
        long n = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\\') {
                i++;
            } else if (text.charAt(i) == c) {
                n++;
            }
        }
        return n;
    }

    private static String normalMarker(String line) {
        Matcher bullet = BULLET.matcher(line);
        if (bullet.find()) {
            return "- " + line.substring(bullet.end());
        }
        Matcher numbered = NUMBERED.matcher(line);
        return numbered.find() ? numbered.group(1) + ". " + line.substring(numbered.end()) : line;
    }

    private static void flush(StringBuilder block, List<List<String>> paragraphs, Collection<String> known) {
        if (block.length() == 0) {
            return;
        }
        String text = block.toString();
        block.setLength(0);
        Matcher bullet = BULLET.matcher(text);
        Matcher numbered = NUMBERED.matcher(text);
        String marker = bullet.find()
                ? text.substring(0, bullet.end())
                : numbered.find() ? text.substring(0, numbered.end()) : "";
        List<String> sentences = sentences(text.substring(marker.length()).strip(), known);
        if (sentences.isEmpty()) {
            return;
        }
        List<String> paragraph = new ArrayList<>(sentences);
        paragraph.set(0, marker + paragraph.get(0));
        paragraphs.add(paragraph);
    }
}
