package org.agora.lesson;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * What the article importer proposes for a new lesson: a title, the page's language (or null), the source (author,
 * publication, date, address) as far as the page says it, sections of paragraphs of
 * sentences, and the lines it left out, each with the place it would go back to, so that the
 * admin can check them before saving. The admin may rename, merge, split and delete sections,
 * delete paragraphs (they join the lines left out) and bring a line left out back.
 */
public record ArticleProposal(
        String title, String author, String language, Source source, List<Section> sections, List<LeftOut> leftOut) {

    /** Where the article was published, as the page says it; any part may be null. */
    public record Source(String publication, String date, String address) {

        public static final Source NONE = new Source(null, null, null);
    }

    /** A proposed section: its title and its paragraphs, each a list of sentences. */
    public record Section(String title, List<List<String>> paragraphs) {}

    /** A line left out, and its place: before paragraph {@code paragraph} of section {@code section}. */
    public record LeftOut(String text, int section, int paragraph) {

        LeftOut at(int newSection, int newParagraph) {
            return new LeftOut(text, newSection, newParagraph);
        }
    }

    public ArticleProposal {
        source = source == null ? Source.NONE : source;
        sections = List.copyOf(sections);
        // In the order of their places, which is the page's order: a stable sort keeps lines of one place as they came.
        leftOut = leftOut.stream()
                .sorted(Comparator.comparingInt(LeftOut::section).thenComparingInt(LeftOut::paragraph))
                .toList();
    }

    /** A proposal without source details whose left-out lines go back at the start. */
    public ArticleProposal(String title, String author, List<Section> sections, List<String> dropped) {
        this(
                title,
                author,
                null,
                Source.NONE,
                sections,
                dropped.stream().map(d -> new LeftOut(d, 0, 0)).toList());
    }

    /** The texts of the lines left out. */
    public List<String> dropped() {
        return leftOut.stream().map(LeftOut::text).toList();
    }

    public ArticleProposal withTitle(String newTitle) {
        return new ArticleProposal(newTitle, author, language, source, sections, leftOut);
    }

    public ArticleProposal withAuthor(String newAuthor) {
        return new ArticleProposal(title, newAuthor, language, source, sections, leftOut);
    }

    public ArticleProposal withSource(Source newSource) {
        return new ArticleProposal(title, author, language, newSource, sections, leftOut);
    }

    public ArticleProposal rename(int section, String newTitle) {
        List<Section> changed = new ArrayList<>(sections);
        changed.set(section, new Section(newTitle, sections.get(section).paragraphs()));
        return new ArticleProposal(title, author, language, source, changed, leftOut);
    }

    /** Section {@code section} and the one after it become one, under the first one's title. */
    public ArticleProposal mergeWithNext(int section) {
        if (section < 0 || section + 1 >= sections.size()) {
            return this;
        }
        int before = sections.get(section).paragraphs().size();
        List<List<String>> paragraphs = new ArrayList<>(sections.get(section).paragraphs());
        paragraphs.addAll(sections.get(section + 1).paragraphs());
        List<Section> changed = new ArrayList<>(sections);
        changed.set(section, new Section(sections.get(section).title(), List.copyOf(paragraphs)));
        changed.remove(section + 1);
        return new ArticleProposal(title, author, language, source, changed, moved(l -> {
            if (l.section() == section + 1) {
                return l.at(section, l.paragraph() + before);
            }
            return l.section() > section + 1 ? l.at(l.section() - 1, l.paragraph()) : l;
        }));
    }

    /** A new section, titled {@code newTitle}, starts at paragraph {@code paragraph} of {@code section}. */
    public ArticleProposal splitAt(int section, int paragraph, String newTitle) {
        if (section < 0 || section >= sections.size()) {
            return this;
        }
        List<List<String>> paragraphs = sections.get(section).paragraphs();
        if (paragraph <= 0 || paragraph >= paragraphs.size()) {
            return this;
        }
        List<Section> changed = new ArrayList<>(sections);
        changed.set(section, new Section(sections.get(section).title(), List.copyOf(paragraphs.subList(0, paragraph))));
        changed.add(section + 1, new Section(newTitle, List.copyOf(paragraphs.subList(paragraph, paragraphs.size()))));
        return new ArticleProposal(title, author, language, source, changed, moved(l -> {
            if (l.section() == section && l.paragraph() > paragraph) {
                return l.at(section + 1, l.paragraph() - paragraph);
            }
            return l.section() > section ? l.at(l.section() + 1, l.paragraph()) : l;
        }));
    }

    /** Paragraph {@code paragraph} of {@code section} joins the lines left out, at its place; a section's last one stays. */
    public ArticleProposal deleteParagraph(int section, int paragraph) {
        if (section < 0 || section >= sections.size()) {
            return this;
        }
        List<List<String>> paragraphs = new ArrayList<>(sections.get(section).paragraphs());
        if (paragraph < 0 || paragraph >= paragraphs.size() || paragraphs.size() == 1) {
            return this;
        }
        String text = String.join(" ", paragraphs.remove(paragraph));
        List<Section> changed = new ArrayList<>(sections);
        changed.set(section, new Section(sections.get(section).title(), List.copyOf(paragraphs)));
        List<LeftOut> out = new ArrayList<>(
                moved(l -> l.section() == section && l.paragraph() > paragraph ? l.at(section, l.paragraph() - 1) : l));
        out.add(0, new LeftOut(text, section, paragraph));
        return new ArticleProposal(title, author, language, source, changed, out);
    }

    /**
     * Section {@code section} is deleted: its paragraphs join the lines left out, to go back at
     * the end of the section before it (or the start of the one after it); the last section stays.
     */
    public ArticleProposal deleteSection(int section) {
        if (section < 0 || section >= sections.size() || sections.size() == 1) {
            return this;
        }
        int target = section == 0 ? 0 : section - 1;
        int base = section == 0 ? 0 : sections.get(target).paragraphs().size();
        List<Section> changed = new ArrayList<>(sections);
        Section gone = changed.remove(section);
        List<LeftOut> out = new ArrayList<>();
        for (List<String> p : gone.paragraphs()) {
            out.add(new LeftOut(String.join(" ", p), target, base));
        }
        out.addAll(moved(l -> {
            if (l.section() == section) {
                return l.at(target, base);
            }
            return l.section() > section ? l.at(l.section() - 1, l.paragraph()) : l;
        }));
        return new ArticleProposal(title, author, language, source, changed, out);
    }

    /**
     * Line {@code index} of the lines left out goes back into the article as a paragraph, at its
     * place (or the nearest one that still exists).
     */
    public ArticleProposal restore(int index) {
        if (index < 0 || index >= leftOut.size()) {
            return this;
        }
        LeftOut line = leftOut.get(index);
        int section = Math.max(0, Math.min(line.section(), sections.size() - 1));
        List<List<String>> paragraphs = new ArrayList<>(sections.get(section).paragraphs());
        int at = Math.max(0, Math.min(line.paragraph(), paragraphs.size()));
        paragraphs.add(at, ArticleImporter.sentences(line.text()));
        List<Section> changed = new ArrayList<>(sections);
        changed.set(section, new Section(sections.get(section).title(), List.copyOf(paragraphs)));
        // Lines of the same place that came after this one in the page go back after it.
        List<LeftOut> out = new ArrayList<>();
        for (int i = 0; i < leftOut.size(); i++) {
            LeftOut l = leftOut.get(i);
            boolean after = l.section() == section && (l.paragraph() > at || l.paragraph() == at && i > index);
            if (i != index) {
                out.add(after ? l.at(section, l.paragraph() + 1) : l);
            }
        }
        return new ArticleProposal(title, author, language, source, changed, out);
    }

    private List<LeftOut> moved(UnaryOperator<LeftOut> move) {
        return leftOut.stream().map(move).toList();
    }
}
