package org.agora.lesson;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * The headings and paragraphs of an article region as text. Every block element starts a
 * paragraph; two line breaks in a row do too (text laid out with {@code div} and {@code br});
 * preformatted text, quotes and table cells are kept as text (a row's cells joined by " | ");
 * list items keep their marker ("- " or "1. "); paragraphs are Markdown, their signs escaped. The whole page is read, in its order, so that
 * what is outside the article's region can be listed where it stood.
 */
final class HtmlBlocks {

    private static final Set<String> SKIPPED = Set.of(
            "script",
            "style",
            "noscript",
            "template",
            "iframe",
            "object",
            "embed",
            "svg",
            "canvas",
            "button",
            "select",
            "input",
            "textarea",
            "head");
    private static final Set<String> BLOCKS = Set.of(
            "address",
            "article",
            "aside",
            "blockquote",
            "body",
            "caption",
            "center",
            "dd",
            "details",
            "dialog",
            "div",
            "dl",
            "dt",
            "fieldset",
            "figcaption",
            "figure",
            "footer",
            "form",
            "h5",
            "h6",
            "header",
            "hgroup",
            "hr",
            "li",
            "main",
            "nav",
            "ol",
            "p",
            "pre",
            "section",
            "summary",
            "table",
            "tbody",
            "thead",
            "tfoot",
            "tr",
            "ul");
    private static final Set<String> HEADINGS = Set.of("h1", "h2", "h3", "h4");
    private static final Pattern MARKDOWN_SIGNS = Pattern.compile("[\\\\*_`\\[\\]]");

    private final List<ArticleBlock> blocks = new ArrayList<>();
    private final StringBuilder line = new StringBuilder();
    private boolean lineBreak;
    /** A list item's marker, written before its first words even when they are in a nested paragraph. */
    private String marker;
    /** Whether the words of the line being read are the article's. */
    private boolean lineInArticle = true;

    private final ArticleRegion region;

    private HtmlBlocks(ArticleRegion region) {
        this.region = region;
    }

    /** The blocks under the root, each telling whether it is in the region (all are when it is null). */
    static List<ArticleBlock> of(Element root, ArticleRegion region) {
        HtmlBlocks walk = new HtmlBlocks(region);
        walk.visit(root, false, region == null || region.holds(root));
        walk.flush();
        return walk.blocks;
    }

    private void visit(Node node, boolean preformatted, boolean inRegion) {
        if (node instanceof TextNode text) {
            String words = preformatted ? text.getWholeText() : text.text();
            if (!words.isBlank()) {
                if (lineInArticle != inRegion && !line.toString().isBlank()) {
                    flush();
                }
                lineInArticle = inRegion;
                lineBreak = false;
                if (marker != null) {
                    line.append(marker);
                    marker = null;
                }
            }
            line.append(words);
            return;
        }
        if (!(node instanceof Element e) || SKIPPED.contains(e.normalName())) {
            return;
        }
        String name = e.normalName();
        // Inside the region, what its chooser did not name is kept unless it is a block: it renames
        // some text-level elements (links that run script, font) and drops none for what they say.
        boolean inside =
                region == null || region.holds(e) || inRegion && !BLOCKS.contains(name) && !HEADINGS.contains(name);
        if (name.equals("br")) {
            if (lineBreak) {
                flush();
            } else {
                line.append(' ');
                lineBreak = true;
            }
            return;
        }
        if (HEADINGS.contains(name)) {
            flush();
            String text = clean(e.text());
            if (!text.isEmpty()) {
                blocks.add(new ArticleBlock(name.charAt(1) - '0', text, inside));
            }
            return;
        }
        boolean block = BLOCKS.contains(name) || inside != inRegion;
        if (block) {
            flush();
        }
        if (name.equals("li")) {
            // An item that holds paragraphs is a layout (some sites put each article in a list), not a list item.
            boolean holdsBlocks = e.children().stream().anyMatch(c -> BLOCKS.contains(c.normalName()));
            marker = holdsBlocks ? null : marker(e);
        }
        if ((name.equals("td") || name.equals("th")) && e.elementSiblingIndex() > 0) {
            line.append(" | ");
        }
        for (Node child : e.childNodes()) {
            visit(child, preformatted || name.equals("pre"), inside);
        }
        if (block) {
            flush();
        }
    }

    private static String marker(Element item) {
        Element list = item.parent();
        if (list == null || !list.normalName().equals("ol")) {
            return "- ";
        }
        int start = 1;
        try {
            start = list.hasAttr("start") ? Integer.parseInt(list.attr("start").strip()) : 1;
        } catch (NumberFormatException notANumber) {
            // an unreadable start counts from 1, as a browser does
        }
        int before = (int) item.previousElementSiblings().stream()
                .filter(s -> s.normalName().equals("li"))
                .count();
        return (start + before) + ". ";
    }

    private void flush() {
        lineBreak = false;
        String text = markdownText(clean(line.toString()));
        line.setLength(0);
        if (!text.isEmpty()) {
            blocks.add(new ArticleBlock(0, text, lineInArticle));
        }
    }

    /**
     * A page's words as the Markdown of a lesson's text, so that they show as they were: the
     * characters Markdown reads as emphasis, code or links get a backslash ("2 \\* 3").
     */
    static String markdownText(String text) {
        return MARKDOWN_SIGNS.matcher(text).replaceAll("\\\\$0");
    }

    static String clean(String text) {
        return text.replace('\u00A0', ' ').replaceAll("\\s+", " ").strip();
    }
}
