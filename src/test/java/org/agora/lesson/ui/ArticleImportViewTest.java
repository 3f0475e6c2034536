package org.agora.lesson.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.UploadKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import java.nio.charset.StandardCharsets;
import org.agora.KaribuTest;
import org.agora.account.Role;
import org.agora.lesson.LessonDraft;
import org.agora.lesson.LessonEditing;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class ArticleImportViewTest extends KaribuTest {

    private static final String ARTICLE = """
            # Bridges of the north

            By Ines Moreau

            The old bridge closed in March. Traffic moved to the ferry.

            The ferry is slow. Queues grow every morning.

            ## A new plan

            Engineers proposed a second bridge upstream.

            Share this article
            """;

    @Autowired
    LessonEditing editing;

    @BeforeEach
    void open() {
        signIn("admin", Role.ADMIN);
        navigate("admin/lessons/new");
    }

    private static TextField field(String id) {
        return _get(TextField.class, s -> s.withId(id));
    }

    @Test
    void pasted_markdown_is_proposed_then_split_merged_renamed_and_created_as_a_draft() {
        _get(TextArea.class, s -> s.withId("article-text")).setValue(ARTICLE);
        _click(_get(Button.class, s -> s.withId("propose")));

        assertThat(field("proposal-title").getValue()).isEqualTo("Bridges of the north");
        assertThat(field("proposal-author").getValue()).isEqualTo("Ines Moreau");
        assertThat(field("proposed-title-1").getValue()).isEqualTo("A new plan");
        assertThat(_get(Div.class, s -> s.withId("proposed-section-1"))
                        .getElement()
                        .getTextRecursively())
                .doesNotContain("Share this article");
        assertThat(_get(com.vaadin.flow.component.details.Details.class, s -> s.withId("dropped"))
                        .getElement()
                        .getTextRecursively())
                .contains("Share this article");

        _click(_get(Button.class, s -> s.withId("split-0-1")));
        assertThat(field("proposed-title-1").getValue()).isEqualTo("New section");
        field("proposed-title-1").setValue("The ferry");
        _click(_get(Button.class, s -> s.withId("merge-1")));
        assertThat(_find(Div.class, s -> s.withId("proposed-section-2"))).isEmpty();
        field("proposed-title-0").setValue("The bridge closes");
        field("proposal-title").setValue("Bridges and ferries");
        _click(_get(Button.class, s -> s.withId("create-lesson")));

        String path = UI.getCurrent().getInternals().getActiveViewLocation().getPath();
        assertThat(path).matches("admin/lessons/\\d+/edit");
        long lessonId = Long.parseLong(path.split("/")[2]);
        LessonDraft draft = editing.open(fixtures.admin(), lessonId);
        assertThat(draft.details().title()).isEqualTo("Bridges and ferries");
        assertThat(draft.details().author()).isEqualTo("Ines Moreau");
        assertThat(draft.sections())
                .extracting(LessonDraft.SectionDraft::title)
                .containsExactly("The bridge closes", "The ferry");
        assertThat(draft.sections().get(1).markdown())
                .isEqualTo("The ferry is slow. Queues grow every morning.\n\n"
                        + "Engineers proposed a second bridge upstream.");
    }

    @Test
    void an_empty_paste_and_an_empty_file_are_named_and_nothing_is_proposed() {
        _click(_get(Button.class, s -> s.withId("propose")));
        assertThat(_get(Paragraph.class, s -> s.withId("article-problem")).getText())
                .isEqualTo("The article is empty: paste its text or choose a file.");

        UploadKt._upload(
                _get(Upload.class, s -> s.withId("article-file")),
                "page.html",
                "<nav>Home</nav><script>x()</script>".getBytes(StandardCharsets.UTF_8));
        MockVaadin.clientRoundtrip();
        assertThat(_get(Paragraph.class, s -> s.withId("article-problem")).getText())
                .isEqualTo("No article text was found after removing the page’s menus and buttons.");
        assertThat(_find(Button.class, s -> s.withId("create-lesson"))).isEmpty();
    }

    @Test
    void an_uploaded_html_article_is_proposed_without_its_furniture() throws Exception {
        byte[] page;
        try (var in = getClass().getResourceAsStream("/articles/magazine.html")) {
            page = in.readAllBytes();
        }
        UploadKt._upload(_get(Upload.class, s -> s.withId("article-file")), "magazine.html", page);
        MockVaadin.clientRoundtrip();

        assertThat(_find(Div.class, s -> s.withId("proposed-section-0"))).hasSize(1);
        assertThat(_get(Div.class, s -> s.withId("proposal")).getElement().getTextRecursively())
                .doesNotContain("<script", "onerror");
    }
}
