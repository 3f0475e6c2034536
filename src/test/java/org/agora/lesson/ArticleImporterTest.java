package org.agora.lesson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.agora.base.BadInputException;
import org.junit.jupiter.api.Test;

/** The article importer on five pages of different kinds (written for these tests) and on hostile input. */
class ArticleImporterTest {

    private final ArticleImporter importer = new ArticleImporter();

    private ArticleProposal fixture(String name) throws IOException {
        try (InputStream in = getClass().getResourceAsStream("/articles/" + name)) {
            return importer.propose(name, in.readAllBytes());
        }
    }

    private static String allText(ArticleProposal p) {
        StringBuilder text = new StringBuilder(p.title()).append('\n');
        p.sections().forEach(s -> {
            text.append(s.title()).append('\n');
            s.paragraphs().forEach(para -> text.append(String.join(" ", para)).append('\n'));
        });
        return text.toString();
    }

    private static List<String> titles(ArticleProposal p) {
        return p.sections().stream().map(ArticleProposal.Section::title).toList();
    }

    @Test
    void a_news_site_page_loses_its_menus_share_buttons_credits_and_author_box() throws IOException {
        ArticleProposal p = fixture("news-site.html");
        assertThat(p.title()).isEqualTo("Riverside town votes for a flood wall");
        assertThat(p.author()).isEqualTo("Mara Lindqvist");
        assertThat(titles(p))
                .containsExactly("Riverside town votes for a flood wall", "Costs and doubts", "What comes next");
        assertThat(p.sections().get(0).paragraphs().get(0))
                .containsExactly(
                        "The council of a small river town approved a concrete flood wall on Tuesday.",
                        "The vote was close.");
        assertThat(allText(p))
                .doesNotContain(
                        "Share this",
                        "Reuters",
                        "Home",
                        "Follow us",
                        "is a journalist",
                        "Related stories",
                        "rights reserved",
                        "tracking",
                        "alert",
                        "steal");
    }

    @Test
    void a_markdown_post_keeps_its_headings_and_lists_and_drops_prompts_and_the_byline() throws IOException {
        ArticleProposal p = fixture("blog.md");
        assertThat(p.title()).isEqualTo("A school garden feeds the canteen");
        assertThat(p.author()).isEqualTo("Tomasz Wilk");
        assertThat(titles(p))
                .containsExactly("A school garden feeds the canteen", "How it started", "Lessons beyond biology");
        assertThat(p.sections().get(1).paragraphs()).hasSize(3);
        assertThat(allText(p))
                .contains("Each class looks after one bed.")
                .doesNotContain("Share this", "Follow us", "Subscribe", "By Tomasz");
    }

    @Test
    void plain_text_gets_sections_from_title_like_lines_between_paragraphs() throws IOException {
        ArticleProposal p = fixture("plain.txt");
        assertThat(p.title()).isEqualTo("Night trains return to the north");
        assertThat(p.author()).isEqualTo("Ines Carvalho");
        assertThat(titles(p))
                .containsExactly(
                        "Night trains return to the north",
                        "Why travellers choose the night",
                        "What still stands in the way");
        assertThat(p.sections().get(1).paragraphs()).hasSize(2);
        assertThat(allText(p)).doesNotContain("Advertisement");
    }

    @Test
    void a_magazine_page_drops_the_repeated_title_the_subtitle_copy_categories_and_credits() throws IOException {
        ArticleProposal p = fixture("magazine.html");
        assertThat(p.title()).isEqualTo("The quiet return of the library");
        assertThat(titles(p)).containsExactly("The quiet return of the library", "Space to work", "Books still matter");
        String text = allText(p);
        assertThat(text.indexOf("Young readers are filling public libraries again."))
                .isEqualTo(text.lastIndexOf("Young readers are filling public libraries again."));
        assertThat(text)
                .contains("Longer opening hours")
                .doesNotContain("World | Politics", "Getty", "Click here", "Subscribe");
    }

    @Test
    void a_wire_story_keeps_the_author_from_the_byline_and_drops_credits_and_prompts() throws IOException {
        ArticleProposal p = fixture("wire.txt");
        assertThat(p.title()).isEqualTo("Farmers test drones to count sheep");
        assertThat(p.author()).isEqualTo("Aoife Brennan");
        assertThat(titles(p)).containsExactly("Farmers test drones to count sheep", "The trial started in autumn");
        assertThat(allText(p)).doesNotContain("AP Photo", "Follow us", "Subscribe", "is a correspondent");
        assertThat(p.dropped()).contains("Photo: AP Photo/Kevin Doyle", "Follow us on X");
    }

    @Test
    void empty_huge_binary_and_control_character_input_is_refused_by_name() {
        assertThatThrownBy(() -> importer.propose("a.txt", new byte[0]))
                .isInstanceOf(BadInputException.class)
                .hasMessage("The article is empty: paste its text or choose a file.");
        assertThatThrownBy(() -> importer.propose("a.txt", "  \n\n ".getBytes(StandardCharsets.UTF_8)))
                .hasMessageStartingWith("The article is empty");
        assertThatThrownBy(() -> importer.propose("a.txt", new byte[5 * 1024 * 1024 + 1]))
                .hasMessage("The article is larger than 5,120 KB; import a shorter text.");
        assertThatThrownBy(() -> importer.propose("a.png", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13}))
                .hasMessageStartingWith("This is not a text file");
        assertThatThrownBy(() -> importer.propose("a.txt", "Text\u0000with a null".getBytes(StandardCharsets.UTF_8)))
                .hasMessageStartingWith("This is not a text file");
        assertThatThrownBy(() -> importer.propose(
                        "a.html", "<nav>Home | News</nav><p>Share this</p>".getBytes(StandardCharsets.UTF_8)))
                .hasMessageStartingWith("No article text was found");
    }

    @Test
    void nothing_executable_survives_html_with_scripts_and_event_attributes() {
        String hostile = "<html><body><h1>Title <script>alert('t')</script></h1>"
                + "<p>Safe text.<img src=x onerror=\"alert(2)\"> More text.</p>"
                + "<p><a href=\"javascript:alert(3)\">a link</a> and <b onmouseover=\"alert(4)\">bold</b>.</p>"
                + "<iframe src=\"https://evil.example\"></iframe><style>p{}</style>"
                + "<p>&lt;script&gt;alert(5)&lt;/script&gt; shown as text.</p></body></html>";
        ArticleProposal p = importer.propose("hostile.html", hostile.getBytes(StandardCharsets.UTF_8));
        String text = allText(p);
        assertThat(text)
                .contains("Safe text.", "a link and bold.")
                .doesNotContain(
                        "onerror",
                        "javascript:",
                        "onmouseover",
                        "iframe",
                        "alert(2)",
                        "alert(3)",
                        "alert(4)",
                        "alert('t')");
        assertThat(text).contains("<script>alert(5)</script> shown as text.");
    }
}
