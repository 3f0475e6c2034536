package org.agora.lesson;

import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import net.dankito.readability4j.Article;
import net.dankito.readability4j.extended.Readability4JExtended;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;

/**
 * Which elements of a web page hold its article. Readability4J chooses them on a copy of the
 * page without its hidden parts; its own output is not used, because it rewrites what it
 * keeps (line breaks become paragraphs, text is wrapped), so every element of the page is
 * numbered first and the numbers that come out name the page's own elements. When what it
 * chooses holds under a fifth of the text of the page's densest block of paragraphs (it
 * sometimes takes a footer), that block is taken instead.
 */
final class ArticleRegion {

    /** Any address will do: Readability4J only resolves links with it, and links are not kept. */
    private static final String PAGE_ADDRESS = "https://article.invalid/";

    private static final String MARK = "data-agora-node";
    private static final String PARAGRAPHS = "p, pre, td, blockquote, li, dd";
    private static final int SHORTEST_PARAGRAPH = 25;

    private final Set<Element> held = Collections.newSetFromMap(new IdentityHashMap<>());
    private final String byline;

    private ArticleRegion(String byline) {
        this.byline = byline;
    }

    /** Removes what a browser would not show: hidden elements, scripts, styles and templates. */
    static void removeHidden(Document page) {
        page.select("script, style, noscript, template, [hidden], [aria-hidden=true]")
                .remove();
        for (Element e : page.select("[style]")) {
            String style = e.attr("style").toLowerCase(Locale.ROOT).replace(" ", "");
            if (style.contains("display:none") || style.contains("visibility:hidden")) {
                e.remove();
            }
        }
    }

    /** The article region of a page whose hidden parts are already removed. */
    static ArticleRegion of(Document page) {
        List<Element> all = page.getAllElements();
        for (int i = 0; i < all.size(); i++) {
            all.get(i).attr(MARK, Integer.toString(i));
        }
        Article article = new Readability4JExtended(PAGE_ADDRESS, page.clone()).parse();
        Element picked = article.getArticleContent();
        Element densest = densest(page);
        int pickedLength = picked == null ? 0 : picked.text().length();
        ArticleRegion region;
        if (picked == null
                || densest != null && pickedLength * 5 < densest.text().length()) {
            region = new ArticleRegion(null);
            region.hold(densest == null ? page.body() : densest, true);
        } else {
            region = new ArticleRegion(article.getByline());
            for (Element e : picked.select("[" + MARK + "]")) {
                region.hold(all.get(Integer.parseInt(e.attr(MARK))), false);
            }
        }
        all.forEach(e -> e.removeAttr(MARK));
        return region;
    }

    private void hold(Element e, boolean withDescendants) {
        if (e == null) {
            return;
        }
        if (withDescendants) {
            held.addAll(e.getAllElements());
        } else {
            held.add(e);
        }
    }

    /** Whether the element is part of the article. */
    boolean holds(Element e) {
        return held.contains(e);
    }

    /** The byline Readability4J found in the page, or null. */
    String byline() {
        return byline;
    }

    /**
     * The element whose paragraphs hold the most text: each paragraph of some length counts
     * its length to its parent, and half of it to its grandparent.
     */
    private static Element densest(Document page) {
        Map<Element, Integer> scores = new HashMap<>();
        for (Element p : page.select(PARAGRAPHS)) {
            int length = ownTextLength(p);
            if (length < SHORTEST_PARAGRAPH || p.parent() == null) {
                continue;
            }
            scores.merge(p.parent(), length, Integer::sum);
            Element grand = p.parent().parent();
            if (grand != null) {
                scores.merge(grand, length / 2, Integer::sum);
            }
        }
        return scores.entrySet().stream()
                .max(Map.Entry.comparingByValue())
                .map(Map.Entry::getKey)
                .orElse(null);
    }

    /** The length of the text directly in an element and its inline children, not in nested paragraphs. */
    private static int ownTextLength(Element p) {
        int length = 0;
        for (var node : p.childNodes()) {
            if (node instanceof TextNode text) {
                length += text.text().strip().length();
            } else if (node instanceof Element child && !child.is(PARAGRAPHS + ", div, table, ul, ol")) {
                length += child.text().length();
            }
        }
        return length;
    }
}
