package org.agora.lesson;

import java.util.ArrayList;
import java.util.List;

/**
 * What the article importer proposes for a new lesson: a title, the source author if found,
 * sections of paragraphs of sentences, and the lines it dropped as page furniture, so that
 * the admin can check them before saving. The admin may rename, merge and split sections.
 */
public record ArticleProposal(String title, String author, List<Section> sections, List<String> dropped) {

    /** A proposed section: its title and its paragraphs, each a list of sentences. */
    public record Section(String title, List<List<String>> paragraphs) {}

    public ArticleProposal withTitle(String newTitle) {
        return new ArticleProposal(newTitle, author, sections, dropped);
    }

    public ArticleProposal withAuthor(String newAuthor) {
        return new ArticleProposal(title, newAuthor, sections, dropped);
    }

    public ArticleProposal rename(int section, String newTitle) {
        List<Section> changed = new ArrayList<>(sections);
        changed.set(section, new Section(newTitle, sections.get(section).paragraphs()));
        return withSections(changed);
    }

    /** Section {@code section} and the one after it become one, under the first one's title. */
    public ArticleProposal mergeWithNext(int section) {
        if (section < 0 || section + 1 >= sections.size()) {
            return this;
        }
        List<List<String>> paragraphs = new ArrayList<>(sections.get(section).paragraphs());
        paragraphs.addAll(sections.get(section + 1).paragraphs());
        List<Section> changed = new ArrayList<>(sections);
        changed.set(section, new Section(sections.get(section).title(), List.copyOf(paragraphs)));
        changed.remove(section + 1);
        return withSections(changed);
    }

    /** A new section, titled {@code newTitle}, starts at paragraph {@code paragraph} of {@code section}. */
    public ArticleProposal splitAt(int section, int paragraph, String newTitle) {
        List<List<String>> paragraphs = sections.get(section).paragraphs();
        if (paragraph <= 0 || paragraph >= paragraphs.size()) {
            return this;
        }
        List<Section> changed = new ArrayList<>(sections);
        changed.set(section, new Section(sections.get(section).title(), List.copyOf(paragraphs.subList(0, paragraph))));
        changed.add(section + 1, new Section(newTitle, List.copyOf(paragraphs.subList(paragraph, paragraphs.size()))));
        return withSections(changed);
    }

    private ArticleProposal withSections(List<Section> changed) {
        return new ArticleProposal(title, author, List.copyOf(changed), dropped);
    }
}
