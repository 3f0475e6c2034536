package org.agora.lesson;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SectionMarkdownTest {

    @Test
    void paragraphs_and_list_items_become_stored_sentences_and_come_back_as_the_same_markdown() {
        String markdown = """
                Kazakhstan offered *Astana* as a venue. Russia agreed.

                - Trade with Syria
                - Fear of **radical** groups

                1. First talks
                2. Second talks""";

        List<List<String>> paragraphs = SectionMarkdown.paragraphs(markdown);

        assertThat(paragraphs)
                .containsExactly(
                        List.of("Kazakhstan offered *Astana* as a venue.", "Russia agreed."),
                        List.of("- Trade with Syria"),
                        List.of("- Fear of **radical** groups"),
                        List.of("1. First talks"),
                        List.of("2. Second talks"));
        assertThat(SectionMarkdown.markdown(paragraphs)).isEqualTo(markdown);
        assertThat(SectionMarkdown.kind("- Trade with Syria")).isEqualTo(SectionMarkdown.Kind.BULLET);
        assertThat(SectionMarkdown.kind("2. Second talks")).isEqualTo(SectionMarkdown.Kind.NUMBERED);
    }

    @Test
    void emphasis_and_web_links_render_and_everything_else_is_cleaned_away() {
        assertThat(SectionMarkdown.html("A *word* and **more** at [the site](https://example.org/a)."))
                .isEqualTo("A <em>word</em> and <strong>more</strong> at <a href=\"https://example.org/a\" "
                        + "rel=\"noopener noreferrer nofollow\" target=\"_blank\">the site</a>.");
        String hostile = "Hi <script>alert(1)</script><img src=x onerror=alert(2)> [x](javascript:alert(3)) "
                + "<a href=\"https://e.org\" onclick=\"alert(4)\">y</a>";
        org.jsoup.nodes.Element body =
                org.jsoup.Jsoup.parseBodyFragment(SectionMarkdown.html(hostile)).body();
        // The HTML a person typed stays visible as text; only the link written in Markdown is an element.
        assertThat(body.select("*"))
                .extracting(org.jsoup.nodes.Element::tagName)
                .containsExactly("body", "a");
        assertThat(body.selectFirst("a").attributes().asList())
                .extracting(org.jsoup.nodes.Attribute::getKey)
                .containsExactly("rel", "target");
        assertThat(body.text()).contains("<script>alert(1)</script>", "onclick=\"alert(4)\"");
        assertThat(SectionMarkdown.plain("A *word* & <b>bold</b>")).isEqualTo("A word & <b>bold</b>");
    }

    private static List<String> keys(Map<String, List<String>> known, String markdown) {
        return SentenceKeys.assign("s1", known, SectionMarkdown.paragraphs(markdown, known.keySet())).stream()
                .flatMap(List::stream)
                .map(LessonFile.SentenceDoc::id)
                .toList();
    }

    @Test
    void sentences_whose_text_is_unchanged_keep_their_keys_and_new_ones_get_unused_keys() {
        Map<String, List<String>> known =
                Map.of("Kept one.", List.of("s1-1"), "Removed one.", List.of("s1-2"), "Kept two.", List.of("s1-3"));

        assertThat(keys(known, "New one. Kept two.\n\nKept one. Another new one."))
                .containsExactly("s1-4", "s1-3", "s1-1", "s1-5");
    }

    @Test
    void a_sentence_given_a_key_while_editing_keeps_it_when_an_earlier_sentence_changes() {
        // "C three." was added and given s1-3 (and remembered); then "A one." is edited.
        Map<String, List<String>> known =
                Map.of("A one.", List.of("s1-1"), "B two.", List.of("s1-2"), "C three.", List.of("s1-3"));

        assertThat(keys(known, "A one changed. B two. C three.")).containsExactly("s1-4", "s1-2", "s1-3");
    }

    @Test
    void equal_sentences_keep_their_own_keys_and_a_list_marker_is_not_part_of_the_identity() {
        Map<String, List<String>> known =
                Map.of("A.", List.of("s1-1", "s1-3"), "B.", List.of("s1-2"), "Bar.", List.of("s1-5"));

        assertThat(keys(known, "New. A. B. A.\n\n3. Bar.")).containsExactly("s1-4", "s1-1", "s1-2", "s1-3", "s1-5");
    }

    @Test
    void emphasis_and_links_are_never_cut_by_a_sentence_break_and_known_sentences_stay_whole() {
        assertThat(SectionMarkdown.paragraphs("*Starts here. Ends here.* Next one."))
                .containsExactly(List.of("*Starts here. Ends here.*", "Next one."));
        assertThat(SectionMarkdown.paragraphs("[Read the U.S. Report](https://x.org) today. Then `a. b` ends."))
                .containsExactly(List.of("[Read the U.S. Report](https://x.org) today.", "Then `a. b` ends."));
        assertThat(SectionMarkdown.paragraphs(
                        "Mr. Putin spoke in Astana. Then he left.", List.of("Mr. Putin spoke in Astana.")))
                .containsExactly(List.of("Mr. Putin spoke in Astana.", "Then he left."));
    }

    @Test
    void titles_initials_months_and_dotted_abbreviations_do_not_end_a_sentence() {
        assertThat(SectionMarkdown.paragraphs(
                        "Mr. Putin met Donald J. Trump on JAN. 20 in the U.S. Senate. Dr. Lee left at 5 p.m. "
                                + "Then it rained."))
                .containsExactly(List.of(
                        "Mr. Putin met Donald J. Trump on JAN. 20 in the U.S. Senate.",
                        "Dr. Lee left at 5 p.m.",
                        "Then it rained."));
        assertThat(SectionMarkdown.paragraphs("Herr Dr. Müller kam am 3. Oktober z. B. nach Berlin. Er blieb."))
                .containsExactly(List.of("Herr Dr. Müller kam am 3. Oktober z. B. nach Berlin.", "Er blieb."));
        assertThat(SectionMarkdown.paragraphs("M. Dupont est arrivé le 3 janv. 2020. Mme Roy aussi. El Sr. García no."))
                .containsExactly(
                        List.of("M. Dupont est arrivé le 3 janv. 2020.", "Mme Roy aussi.", "El Sr. García no."));
    }

    @Test
    void a_word_that_only_looks_like_an_abbreviation_still_ends_its_sentence() {
        assertThat(SectionMarkdown.paragraphs("The answer was no. Two years ago. The end came in Sept. Then the rain."))
                .containsExactly(
                        List.of("The answer was no.", "Two years ago.", "The end came in Sept.", "Then the rain."));
    }
}
