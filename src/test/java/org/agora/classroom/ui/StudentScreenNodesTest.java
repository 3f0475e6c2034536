package org.agora.classroom.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.fakeservlet.FakeRequest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Article;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.server.VaadinServletRequest;
import jakarta.servlet.http.Cookie;
import java.util.ArrayList;
import java.util.List;
import org.agora.KaribuTest;
import org.agora.classroom.Feedback;
import org.agora.classroom.JoinService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * What a student's screen holds in the server's memory, node by node: every node is kept for as
 * long as the tab is open, for every student of the school.
 */
class StudentScreenNodesTest extends KaribuTest {

    /** The bundled lesson's busiest section draws about 200 nodes (it was 345 with a component per option). */
    private static final int MOST_NODES = 230;

    @Autowired
    JoinService joins;

    private void open() {
        var session = fixtures.session(fixtures.teacher(), Feedback.IMMEDIATE, 1);
        String token = joins.join(session.joinCode(), "Dana").resumeToken();
        FakeRequest request = (FakeRequest) VaadinServletRequest.getCurrent().getRequest();
        request.addCookie(new Cookie(ResumeCookie.NAME, token));
        navigate("lesson");
    }

    private static int nodes() {
        int[] count = {0};
        UI.getCurrent().getInternals().getStateTree().getRootNode().visitNodeTree(node -> count[0]++);
        return count[0];
    }

    /** The cards of the sections read are let go of (see ReadingViewTest); here, what a section draws. */
    @Test
    void every_section_draws_a_bounded_number_of_nodes() {
        open();
        int sections = fixtures.bundledLesson().sections().size();
        List<Integer> counts = new ArrayList<>();
        counts.add(nodes());
        for (int i = 1; i < sections; i++) {
            _click(_get(Button.class, s -> s.withId("next-section")));
            counts.add(nodes());
        }
        assertThat(counts).as("nodes at each section").allMatch(n -> n <= MOST_NODES, "at most " + MOST_NODES);
    }

    @Test
    void options_and_sentences_are_html_inside_one_element_not_a_node_each() {
        open();
        List<OptionGroup> groups = _find(OptionGroup.class).stream()
                .filter(g -> !g.hasClassName("agora-citations"))
                .toList();
        assertThat(groups).isNotEmpty();
        assertThat(groups).allMatch(g -> g.getElement().getChildCount() == 0);
        assertThat(groups)
                .as("each group draws its options")
                .allMatch(g -> !Ticks.shown(g).isEmpty());
        List<Paragraph> text = _find(_get(Article.class), Paragraph.class).stream()
                .filter(p -> p.getElement().hasProperty("innerHTML"))
                .toList();
        assertThat(text).isNotEmpty().allMatch(p -> p.getElement().getChildCount() == 0);
        assertThat(text.stream()
                        .mapToLong(p -> p.getElement().getProperty("innerHTML").split("data-sentence=", -1).length - 1))
                .as("the sentences, drawn inside their paragraphs")
                .allMatch(n -> n > 0);
    }
}
