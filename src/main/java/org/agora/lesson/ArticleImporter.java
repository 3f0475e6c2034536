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
import org.springframework.stereotype.Service;

/**
 * Turns a pasted or uploaded article (plain text, Markdown or HTML) into a proposed lesson:
 * title, source author, sections from the headings (or from short title-like lines between
 * paragraphs), sentences, and without the page's furniture. Only text comes out: no markup,
 * script or attribute of the input survives.
 */
@Service
public class ArticleImporter {

    public static final int MAX_BYTES = 5 * 1024 * 1024;
    /** Lines around the article shorter than this are menus and buttons, not listed. */
    private static final int LEFT_OUT_MIN_WORDS = 5;

    private static final int TITLE_LINE_MAX = 90;
    private static final int AUTHOR_BOX_LOOKBACK = 3;

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
            return fromPage(Jsoup.parse(text));
        }
        if (name.endsWith(".md") || name.endsWith(".markdown")) {
            String html = HtmlRenderer.builder()
                    .escapeHtml(true)
                    .build()
                    .render(Parser.builder().build().parse(text));
            // Markdown's HTML is all article: read the same way as a page's region, list markers kept.
            return assemble(HtmlBlocks.of(Jsoup.parseBodyFragment(html).body(), null), null, null);
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

    /**
     * A web page: its details (title, author, source) from its metadata, its text from the
     * article region, and the longer lines outside that region listed as left out.
     */
    private static ArticleProposal fromPage(Document page) {
        PageDetails details = PageDetails.of(page);
        ArticleRegion.removeHidden(page);
        ArticleRegion region = ArticleRegion.of(page);
        List<ArticleBlock> all = HtmlBlocks.of(page.body(), region);
        if (all.stream().noneMatch(ArticleBlock::article)) {
            // The chooser named nothing with text in it: the whole page, as before there was one.
            all = all.stream().map(ArticleBlock::inArticle).toList();
        }
        // What was taken out from between the article's first and last lines is listed as left out,
        // however short; a line elsewhere on the page only if it is long enough not to be a menu or a
        // button. Either only if it says something the article does not, and each such line once.
        StringBuilder articleText = new StringBuilder(key(details.title() == null ? "" : details.title()));
        all.stream()
                .filter(ArticleBlock::article)
                .forEach(b -> articleText.append('\n').append(key(b.text())));
        int first = -1;
        int last = -1;
        for (int i = 0; i < all.size(); i++) {
            if (all.get(i).article()) {
                first = first < 0 ? i : first;
                last = i;
            }
        }
        Set<String> listed = new HashSet<>();
        List<ArticleBlock> blocks = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            ArticleBlock b = all.get(i);
            boolean within = i > first && i < last;
            if (b.article()
                    || (within || words(b.text()) >= LEFT_OUT_MIN_WORDS)
                            && articleText.indexOf(key(b.text())) < 0
                            && listed.add(key(b.text()))) {
                blocks.add(b);
            }
        }
        String author = details.author() != null ? details.author() : region.byline();
        ArticleProposal.Source source =
                new ArticleProposal.Source(details.publication(), details.date(), details.address());
        ArticleProposal p = assemble(blocks, details.title(), author == null ? null : clean(author));
        return new ArticleProposal(p.title(), p.author(), details.language(), source, p.sections(), p.leftOut());
    }

    private static int words(String text) {
        return text.isBlank() ? 0 : text.strip().split("\\s+").length;
    }

    /** Paragraphs are separated by blank lines; a short line without end punctuation is a heading. */
    private static List<ArticleBlock> fromText(String text) {
        List<ArticleBlock> blocks = new ArrayList<>();
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
            blocks.add(new ArticleBlock(titleLike ? (blocks.isEmpty() ? 1 : 2) : 0, joined));
        }
        return blocks;
    }

    /**
     * Sections from the article's blocks, without the page's furniture; what is left out (the
     * furniture, and the blocks from elsewhere on the page) is listed with its place.
     */
    private static ArticleProposal assemble(List<ArticleBlock> blocks, String knownTitle, String knownAuthor) {
        String title = knownTitle != null
                ? knownTitle
                : blocks.stream()
                        .filter(b -> b.heading() && b.article())
                        .findFirst()
                        .map(ArticleBlock::text)
                        .orElse(blocks.isEmpty() ? "" : shorten(blocks.get(0).text()));
        String author = knownAuthor;
        List<ArticleProposal.LeftOut> dropped = new ArrayList<>();
        // The title repeated (a page's headline above its text) is left out, and so is a paragraph
        // printed both before and after such a repeat (a subtitle above and below the headline);
        // other repeats are the article's own.
        String titleKey = key(title);
        List<String> paragraphsSoFar = new ArrayList<>();
        Set<String> aboveHeadline = new HashSet<>();
        int lastParagraphs =
                (int) blocks.stream().filter(b -> b.article() && !b.heading()).count();
        int paragraphIndex = 0;
        List<ArticleProposal.Section> sections = new ArrayList<>();
        String sectionTitle = null;
        List<List<String>> paragraphs = new ArrayList<>();
        for (ArticleBlock block : blocks) {
            ArticleProposal.LeftOut here =
                    new ArticleProposal.LeftOut(block.text(), sections.size(), paragraphs.size());
            if (!block.article()) {
                dropped.add(here);
                continue;
            }
            boolean nearEnd = !block.heading() && ++paragraphIndex > lastParagraphs - AUTHOR_BOX_LOOKBACK;
            Optional<String> byline = PageFurniture.byline(block.text());
            Optional<String> box = nearEnd ? PageFurniture.authorBox(block.text()) : Optional.empty();
            if (byline.isPresent() || box.isPresent()) {
                author = author != null ? author : byline.orElseGet(box::get);
                dropped.add(here);
                continue;
            }
            String key = key(block.text());
            if (key.equals(titleKey)) {
                aboveHeadline.addAll(paragraphsSoFar);
                dropped.add(here);
                continue;
            }
            if (PageFurniture.isNavigation(block.text())
                    || PageFurniture.isPrompt(block.text())
                    || PageFurniture.isCredit(block.text())
                    || !block.heading() && aboveHeadline.remove(key)) {
                dropped.add(here);
                continue;
            }
            if (!block.heading()) {
                paragraphsSoFar.add(key);
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
        return new ArticleProposal(title, author, null, ArticleProposal.Source.NONE, sections, dropped);
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
