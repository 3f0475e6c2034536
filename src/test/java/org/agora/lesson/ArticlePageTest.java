package org.agora.lesson;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The article importer on web pages written for these tests, one for each way real pages
 * went wrong: a teaser {@code <article>} before the story, text laid out with {@code div} and
 * {@code br}, quotes, code and tables, repeated paragraphs, page furniture in other languages
 * and real sentences that look like it, hidden text, and pages larger than 1 MiB.
 */
class ArticlePageTest {

    private final ArticleImporter importer = new ArticleImporter();

    private ArticleProposal page(String name) throws IOException {
        try (InputStream in = getClass().getResourceAsStream("/articles/pages/" + name)) {
            return importer.propose(name, in.readAllBytes());
        }
    }

    private static List<String> paragraphs(ArticleProposal p) {
        return p.sections().stream()
                .flatMap(s -> s.paragraphs().stream())
                .map(sentences -> String.join(" ", sentences))
                .toList();
    }

    private static String text(ArticleProposal p) {
        return String.join("\n", paragraphs(p));
    }

    @Test
    void a_teaser_article_before_the_story_is_not_taken_for_it() throws IOException {
        ArticleProposal p = page("teaser-article.html");

        assertThat(p.title()).isEqualTo("Harbour town opens a seaweed farm");
        assertThat(paragraphs(p)).hasSize(4);
        assertThat(paragraphs(p).get(0)).startsWith("Fishermen in a small harbour town");
        assertThat(text(p)).doesNotContain("A short look back", "Fewer crossings", "Lighthouse keeper");
    }

    @Test
    void text_laid_out_with_line_breaks_is_kept_and_two_breaks_start_a_paragraph() throws IOException {
        ArticleProposal p = page("div-and-br.html");

        assertThat(paragraphs(p))
                .containsExactly(
                        "The valley school reopened on Monday after the flood closed it for three weeks. "
                                + "Parents helped to carry the new desks inside.",
                        "The head teacher thanked the volunteers who dried the books in the village hall, page by "
                                + "page, over two weekends.",
                        "Lessons will run until half past four for the rest of the term, so that the pupils can "
                                + "catch up on what they missed.");
    }

    @Test
    void quotes_code_and_tables_are_kept_as_text() throws IOException {
        String text = text(page("code-quote-table.html"));

        assertThat(text)
                .contains("\"We found twice as many old oaks as the last count said,\"")
                .contains("oak 1893 Mill Road lime 1921 Church Lane")
                .contains("Kind | Trees | Share", "Lime | 4,210 | 31 %", "Oak | 2,955 | 22 %")
                .contains("The next count is planned");
    }

    @Test
    void a_repeated_paragraph_is_kept_and_furniture_in_french_is_left_out_but_real_sentences_are_not()
            throws IOException {
        ArticleProposal p = page("repeats-and-furniture.html");

        assertThat(paragraphs(p).stream().filter(t -> t.equals("« On revient chez nous ! »")))
                .hasSize(2);
        assertThat(text(p))
                .contains("Copyright law did not stop the market's old sign", "Related studies of covered markets show")
                .doesNotContain("Partager", "Lire aussi", "© Photo", "Related: Five markets", "Accueil");
        assertThat(p.dropped())
                .contains(
                        "Partager",
                        "Lire aussi : Les commerces du centre-ville face à la hausse des loyers",
                        "Un autre article sur la rénovation de la gare, avec des photos du chantier et des interviews.");
    }

    @Test
    void the_source_comes_from_the_pages_structured_data_and_meta_tags() throws IOException {
        ArticleProposal p = page("repeats-and-furniture.html");

        assertThat(p.title()).isEqualTo("Le marché couvert rouvre ses portes");
        assertThat(p.author()).isEqualTo("Claire Dubois");
        assertThat(p.source())
                .isEqualTo(new ArticleProposal.Source(
                        "Le Journal du Quartier", "2026-03-14", "https://journal.example/marche-couvert"));
    }

    @Test
    void a_line_left_out_goes_back_where_it_stood_with_one_call() throws IOException {
        ArticleProposal p = page("repeats-and-furniture.html");
        int line = p.dropped().indexOf("Lire aussi : Les commerces du centre-ville face à la hausse des loyers");

        List<String> back = paragraphs(p.restore(line));

        int after = back.indexOf(paragraphs(p).get(1));
        assertThat(back.get(after + 1)).isEqualTo(p.dropped().get(line));
        assertThat(p.restore(line).dropped()).doesNotContain(p.dropped().get(line));
    }

    @Test
    void text_a_browser_would_not_show_is_not_proposed() throws IOException {
        ArticleProposal p = page("hidden.html");

        assertThat(paragraphs(p)).hasSize(2);
        assertThat(text(p)).doesNotContain("Cookie notice", "Sign in to keep reading", "tote bag");
    }

    @Test
    void a_page_of_more_than_one_mebibyte_is_read() {
        StringBuilder html = new StringBuilder("<html><head><title>A long report on the river</title></head><body>");
        String paragraph = "<p>The river carried more water this year than in any year since the gauges were put in, "
                + "and the engineers who read them every morning wrote down each change in a notebook. %d</p>";
        for (int i = 0; html.length() < 1_200_000; i++) {
            html.append(paragraph.formatted(i));
        }
        html.append("</body></html>");

        ArticleProposal p = importer.propose("long.html", html.toString().getBytes(StandardCharsets.UTF_8));

        assertThat(paragraphs(p)).hasSizeGreaterThan(5_000);
    }

    @Test
    void list_items_keep_their_marker_but_an_article_laid_out_in_a_list_does_not() {
        String html =
                "<html><head><title>Three ways to save water at school</title></head><body><ul class=\"posts\"><li>"
                        + "<h1>Three ways to save water at school</h1>"
                        + "<p>Photo</p>"
                        + "<p>A school in the north halved the water it uses in one year, and its pupils say how they did it.</p>"
                        + "<ol><li>Taps that close by themselves after a few seconds.</li>"
                        + "<li>Rain collected from the roof for the garden and the toilets.</li></ol>"
                        + "<p>The school now shows other schools of the region how to do the same, with a guide its pupils wrote.</p>"
                        + "</li></ul></body></html>";

        ArticleProposal p = importer.propose("water.html", html.getBytes(StandardCharsets.UTF_8));

        assertThat(paragraphs(p))
                .containsExactly(
                        "A school in the north halved the water it uses in one year, and its pupils say how they did it.",
                        "1. Taps that close by themselves after a few seconds.",
                        "2. Rain collected from the roof for the garden and the toilets.",
                        "The school now shows other schools of the region how to do the same, with a guide its pupils "
                                + "wrote.");
        assertThat(p.dropped()).contains("Photo");
    }

    @Test
    void what_is_taken_out_from_inside_the_article_is_listed_however_short_but_short_lines_around_it_are_not()
            throws IOException {
        ArticleProposal p = page("share-tools.html");

        assertThat(paragraphs(p)).hasSize(3);
        assertThat(text(p)).doesNotContain("Tweet");
        assertThat(p.dropped()).contains("Tweet Email").doesNotContain("Home News", "About us");
    }

    @Test
    void signs_that_markdown_would_read_show_as_they_were_on_the_page() {
        String html = "<html><head><title>Counting in the garden</title></head><body><article>"
                + "<h1>Counting in the garden</h1>"
                + "<p>The pupils planted 2 * 3 * 4 = 24 beans in rows named row_one and row_two [1]. They use `seed` "
                + "packets from the shop.</p></article></body></html>";

        ArticleProposal p = importer.propose("garden.html", html.getBytes(StandardCharsets.UTF_8));

        List<String> sentences = p.sections().get(0).paragraphs().get(0);
        assertThat(sentences).hasSize(2);
        assertThat(sentences.stream().map(SectionMarkdown::plain))
                .containsExactly(
                        "The pupils planted 2 * 3 * 4 = 24 beans in rows named row_one and row_two [1].",
                        "They use `seed` packets from the shop.");
    }
}
