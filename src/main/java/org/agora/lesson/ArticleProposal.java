package org.agora.lesson;

import java.util.List;

/**
 * What the article importer proposes for a new lesson: a title, the source author if found,
 * sections of paragraphs of sentences, and the lines it dropped as page furniture, so that
 * the admin can check them before saving.
 */
public record ArticleProposal(String title, String author, List<Section> sections, List<String> dropped) {

    /** A proposed section: its title and its paragraphs, each a list of sentences. */
    public record Section(String title, List<List<String>> paragraphs) {
    }
}
