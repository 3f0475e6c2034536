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

    @Test
    void a_deleted_paragraph_is_left_out_at_its_place_and_put_back_there() {
        ArticleProposal deleted = proposal.deleteParagraph(0, 1);

        assertThat(deleted.sections().get(0).paragraphs()).containsExactly(List.of("a1."), List.of("a3."));
        assertThat(deleted.leftOut()).contains(new ArticleProposal.LeftOut("a2.", 0, 1));
        int line = deleted.dropped().indexOf("a2.");
        assertThat(deleted.restore(line).sections()).isEqualTo(proposal.sections());
    }

    @Test
    void a_deleted_section_is_left_out_paragraph_by_paragraph_and_comes_back_in_order() {
        ArticleProposal deleted = proposal.splitAt(0, 1, "Middle").deleteSection(1);

        assertThat(deleted.sections())
                .extracting(ArticleProposal.Section::title)
                .containsExactly("One", "Two");
        assertThat(deleted.dropped()).contains("a2.", "a3.");
        ArticleProposal back = deleted.restore(deleted.dropped().indexOf("a2."));
        back = back.restore(back.dropped().indexOf("a3."));
        assertThat(back.sections().get(0).paragraphs()).containsExactly(List.of("a1."), List.of("a2."), List.of("a3."));
    }

    @Test
    void the_last_paragraph_of_a_section_and_the_last_section_are_not_deleted() {
        ArticleProposal one = new ArticleProposal(
                "T", null, List.of(new ArticleProposal.Section("Only", List.of(List.of("x.")))), List.of());

        assertThat(one.deleteParagraph(0, 0)).isEqualTo(one);
        assertThat(one.deleteSection(0)).isEqualTo(one);
    }
}
