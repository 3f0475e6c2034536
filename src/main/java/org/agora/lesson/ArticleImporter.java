package org.agora.lesson;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.agora.base.BadInputException;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.springframework.stereotype.Service;

/**
 * Turns a pasted or uploaded article (plain text, Markdown or HTML) into a proposed lesson:
 * title, source author, sections from the headings (or from short title-like lines between
 * paragraphs), sentences, and without the page's furniture. Only text comes out: no markup,
 * script or attribute of the input survives.
 */
@Service
public class ArticleImporter {

    public static final int MAX_BYTES = 1024 * 1024;
    private static final int TITLE_LINE_MAX = 90;
    private static final int AUTHOR_BOX_LOOKBACK = 3;

    /** A heading (level 1-4) or a paragraph of the article, as text. */
    private record Block(int level, String text) {

        boolean heading() {
            return level > 0;
        }
    }

    public ArticleProposal propose(String fileName, byte[] bytes) {
        if (bytes == null || bytes.length == 0) {
            throw new BadInputException("article", "article.empty");
        }
        if (bytes.length > MAX_BYTES) {
            throw new BadInputException("article", "article.too-large", MAX_BYTES / 1024);
        }
        String text = decode(bytes);
        if (text.isBlank()) {
            throw new BadInputException("article", "article.empty");
        }
        String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        if (name.endsWith(".html")
                || name.endsWith(".htm")
                || !name.endsWith(".md") && !name.endsWith(".txt") && looksLikeHtml(text)) {
            Document doc = Jsoup.parse(text);
            String author = doc.select("meta[name=author]").attr("content").strip();
            Element h1 = doc.selectFirst("h1");
            String title = h1 != null ? clean(h1.text()) : clean(doc.title());
            return assemble(fromHtml(doc), title.isEmpty() ? null : title, author.isEmpty() ? null : author);
        }
        if (name.endsWith(".md") || name.endsWith(".markdown")) {
            String html = HtmlRenderer.builder()
                    .escapeHtml(true)
                    .build()
                    .render(Parser.builder().build().parse(text));
            return assemble(fromHtml(Jsoup.parseBodyFragment(html)), null, null);
        }
        return assemble(fromText(text), null, null);
    }

    /** Strict UTF-8, no control characters but line breaks and tabs: anything else is not an article. */
    private static String decode(byte[] bytes) {
        String text;
        try {
            text = StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new BadInputException("article", "article.not-text");
        }
        if (text.chars().anyMatch(c -> c < 0x20 && c != '\n' && c != '\r' && c != '\t')) {
            throw new BadInputException("article", "article.not-text");
        }
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    private static boolean looksLikeHtml(String text) {
        String start = text.stripLeading().toLowerCase(Locale.ROOT);
        return start.startsWith("<!doctype html")
                || start.startsWith("<html")
                || start.contains("<p>")
                || start.contains("<p ")
                || start.contains("<body");
    }

    private static List<Block> fromHtml(Document doc) {
        // Containers of page furniture, and everything that could run or embed.
        doc.select("script, style, noscript, template, iframe, object, embed, svg, canvas, nav, footer, aside, "
                        + "form, button, figure, figcaption, [hidden], [aria-hidden=true]")
                .remove();
        doc.select("header").stream().filter(h -> h.closest("article") == null).forEach(Element::remove);
        Element root = Optional.ofNullable(doc.selectFirst("article")).orElse(doc.body());
        List<Block> blocks = new ArrayList<>();
        for (Element e : root.select("h1, h2, h3, h4, p, li, blockquote")) {
            if (e.parents().stream().anyMatch(p -> p.is("p, li, blockquote"))) {
                continue;
            }
            if (e.is("blockquote") && !e.select("p").isEmpty()) {
                continue;
            }
            String text = clean(e.text());
            if (!text.isEmpty()) {
                int level =
                        e.is("h1, h2, h3, h4") ? Integer.parseInt(e.tagName().substring(1)) : 0;
                blocks.add(new Block(level, text));
            }
        }
        return blocks;
    }

    /** Paragraphs are separated by blank lines; a short line without end punctuation is a heading. */
    private static List<Block> fromText(String text) {
        List<Block> blocks = new ArrayList<>();
        for (String chunk : text.replace("\r\n", "\n").replace('\r', '\n').split("\n\\s*\n")) {
            String joined = clean(chunk.replace('\n', ' '));
            if (joined.isEmpty()) {
                continue;
            }
            boolean oneLine = !chunk.strip().contains("\n");
            boolean titleLike = oneLine
                    && joined.length() <= TITLE_LINE_MAX
                    && !joined.matches(".*[.!?:;,\"”»)]$")
                    && Character.isUpperCase(joined.codePointAt(0))
                    && !PageFurniture.byline(joined).isPresent();
            blocks.add(new Block(titleLike ? (blocks.isEmpty() ? 1 : 2) : 0, joined));
        }
        return blocks;
    }

    private static ArticleProposal assemble(List<Block> blocks, String knownTitle, String knownAuthor) {
        String title = knownTitle != null
                ? knownTitle
                : blocks.stream()
                        .filter(Block::heading)
                        .findFirst()
                        .map(Block::text)
                        .orElse(blocks.isEmpty() ? "" : shorten(blocks.get(0).text()));
        String author = knownAuthor;
        List<String> dropped = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        seen.add(key(title));
        int lastParagraphs = (int) blocks.stream().filter(b -> !b.heading()).count();
        int paragraphIndex = 0;
        List<ArticleProposal.Section> sections = new ArrayList<>();
        String sectionTitle = null;
        List<List<String>> paragraphs = new ArrayList<>();
        for (Block block : blocks) {
            boolean nearEnd = !block.heading() && ++paragraphIndex > lastParagraphs - AUTHOR_BOX_LOOKBACK;
            Optional<String> byline = PageFurniture.byline(block.text());
            Optional<String> box = nearEnd ? PageFurniture.authorBox(block.text()) : Optional.empty();
            if (byline.isPresent() || box.isPresent()) {
                author = author != null ? author : byline.orElseGet(box::get);
                dropped.add(block.text());
                continue;
            }
            if (PageFurniture.isNavigation(block.text())
                    || PageFurniture.isPrompt(block.text())
                    || PageFurniture.isCredit(block.text())
                    || !seen.add(key(block.text()))) {
                dropped.add(block.text());
                continue;
            }
            if (block.heading()) {
                if (!paragraphs.isEmpty()) {
                    sections.add(new ArticleProposal.Section(sectionTitle == null ? title : sectionTitle, paragraphs));
                }
                sectionTitle = block.text();
                paragraphs = new ArrayList<>();
            } else {
                paragraphs.add(sentences(block.text()));
            }
        }
        if (!paragraphs.isEmpty()) {
            sections.add(new ArticleProposal.Section(sectionTitle == null ? title : sectionTitle, paragraphs));
        }
        if (sections.isEmpty()) {
            throw new BadInputException("article", "article.no-text");
        }
        return new ArticleProposal(title, author, List.copyOf(sections), List.copyOf(dropped));
    }

    static List<String> sentences(String paragraph) {
        // The same rule as the editor's, so a proposal's sentences are the lesson's sentences.
        return SectionMarkdown.sentences(paragraph, List.of());
    }

    private static String clean(String text) {
        return text == null
                ? ""
                : text.replace('\u00A0', ' ').replaceAll("\\s+", " ").strip();
    }

    private static String key(String text) {
        return clean(text).toLowerCase(Locale.ROOT);
    }

    private static String shorten(String text) {
        return text.length() <= TITLE_LINE_MAX
                ? text
                : text.substring(0, TITLE_LINE_MAX).strip() + "…";
    }
}
