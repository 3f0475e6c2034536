package org.agora.lesson;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ArticleProposalTest {

    private final ArticleProposal proposal = new ArticleProposal(
            "Title",
            "Author",
            List.of(
                    new ArticleProposal.Section("One", List.of(List.of("a1."), List.of("a2."), List.of("a3."))),
                    new ArticleProposal.Section("Two", List.of(List.of("b1.")))),
            List.of("Share"));

    @Test
    void splitting_starts_a_new_section_at_a_paragraph_and_merging_puts_them_back() {
        ArticleProposal split = proposal.splitAt(0, 2, "Half");

        assertThat(split.sections()).extracting(ArticleProposal.Section::title).containsExactly("One", "Half", "Two");
        assertThat(split.sections().get(0).paragraphs()).containsExactly(List.of("a1."), List.of("a2."));
        assertThat(split.sections().get(1).paragraphs()).containsExactly(List.of("a3."));
        assertThat(split.mergeWithNext(0)).isEqualTo(proposal);
    }

    @Test
    void renaming_changes_one_title_and_impossible_moves_change_nothing() {
        assertThat(proposal.rename(1, "Second").sections().get(1).title()).isEqualTo("Second");
        assertThat(proposal.mergeWithNext(1)).isEqualTo(proposal);
        assertThat(proposal.splitAt(0, 0, "x")).isEqualTo(proposal);
        assertThat(proposal.splitAt(1, 1, "x")).isEqualTo(proposal);
    }
}
