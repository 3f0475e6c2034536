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

        assertThat(paragraphs).containsExactly(
                List.of("Kazakhstan offered *Astana* as a venue.", "Russia agreed."),
                List.of("- Trade with Syria"), List.of("- Fear of **radical** groups"),
                List.of("1. First talks"), List.of("2. Second talks"));
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
        org.jsoup.nodes.Element body = org.jsoup.Jsoup.parseBodyFragment(SectionMarkdown.html(hostile)).body();
        // The HTML a person typed stays visible as text; only the link written in Markdown is an element.
        assertThat(body.select("*")).extracting(org.jsoup.nodes.Element::tagName).containsExactly("body", "a");
        assertThat(body.selectFirst("a").attributes().asList()).extracting(org.jsoup.nodes.Attribute::getKey)
                .containsExactly("rel", "target");
        assertThat(body.text()).contains("<script>alert(1)</script>", "onclick=\"alert(4)\"");
        assertThat(SectionMarkdown.plain("A *word* & <b>bold</b>")).isEqualTo("A word & <b>bold</b>");
    }

    @Test
    void sentences_whose_text_is_unchanged_keep_their_keys_and_new_ones_get_unused_keys() {
        Map<String, String> known = Map.of("Kept one.", "s1-1", "Removed one.", "s1-2", "Kept two.", "s1-3");

        List<List<LessonFile.SentenceDoc>> keyed = SentenceKeys.assign("s1", known,
                SectionMarkdown.paragraphs("New one. Kept two.\n\nKept one. Another new one."));

        assertThat(keyed.stream().flatMap(List::stream).map(LessonFile.SentenceDoc::id))
                .containsExactly("s1-4", "s1-3", "s1-1", "s1-5");
    }
}
