package org.agora;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.fakeservlet.FakeRequest;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.server.VaadinServletRequest;
import jakarta.servlet.http.Cookie;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.agora.account.Role;
import org.agora.classroom.AnswerInput;
import org.agora.classroom.AnswerService;
import org.agora.classroom.ClassSessionService;
import org.agora.classroom.Feedback;
import org.agora.classroom.JoinService;
import org.agora.classroom.ProjectorChoice;
import org.agora.classroom.ProjectorMode;
import org.agora.classroom.ReviewService;
import org.agora.classroom.SessionSummary;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * An Arabic name, title, answer and argument are shown direction-isolated on every screen: in
 * an element of their own that takes its direction from its text ({@code dir="auto"} or
 * {@code <bdi>}), so they neither swallow the words around them nor run left to right.
 */
class RightToLeftTextTest extends KaribuTest {

    private static final String NAME = "ليلى أحمد";
    private static final String TITLE = "نقاش الثلاثاء";
    private static final String ANSWER = "العاصمة";
    private static final String ARGUMENT = "أستانا محايدة بما يكفي لاستضافة المحادثات حول سوريا.";
    private static final String FIRST_STRONG_ISOLATE = "\u2068";
    private static final String POP_ISOLATE = "\u2069";

    @Autowired
    JoinService joins;

    @Autowired
    AnswerService answers;

    @Autowired
    ClassSessionService sessions;

    @Autowired
    ReviewService reviews;

    private Fixtures.Account teacher;
    private SessionSummary session;
    private String layla;

    @BeforeEach
    void aClassWithAnArabicSpeaker() {
        teacher = fixtures.account(Role.TEACHER);
        session = sessions.create(teacher.actor(), fixtures.bundledRevision(), TITLE, Feedback.IMMEDIATE, 1);
        layla = joins.join(session.joinCode(), NAME).resumeToken();
        answers.submit(layla, "s1-q4", UUID.randomUUID().toString(), AnswerInput.text(ANSWER));
        answers.submit(layla, "s1-d1", UUID.randomUUID().toString(), AnswerInput.stance(4, ARGUMENT));
        for (String other : List.of("Ben", "Cleo")) {
            String token = joins.join(session.joinCode(), other).resumeToken();
            answers.submit(
                    token,
                    "s1-d1",
                    UUID.randomUUID().toString(),
                    AnswerInput.stance(2, "Too close to Moscow, " + other));
        }
    }

    /**
     * Every place the screen shows {@code text} is an element of its own (nothing else in it)
     * that is {@code <bdi>} or has {@code dir="auto"}, or is wrapped in Unicode isolates.
     */
    private static void assertIsolated(String text) {
        List<Holder> holders = new ArrayList<>();
        UI.getCurrent().getChildren().forEach(shown -> collect(shown.getElement(), text, holders));
        assertThat(holders)
                .as(
                        "the screen shows %s: %s",
                        text, com.github.mvysny.kaributesting.v10.BasicUtilsKt.get_textRecursively(UI.getCurrent()))
                .isNotEmpty();
        for (Holder holder : holders) {
            boolean isolates = holder.text().contains(FIRST_STRONG_ISOLATE + text + POP_ISOLATE);
            boolean element = ("bdi".equals(holder.tag()) || "auto".equals(holder.dir()))
                    && holder.text().strip().equals(text);
            assertThat(isolates || element)
                    .as("<%s dir=%s>%s</%s> isolates %s", holder.tag(), holder.dir(), holder.text(), holder.tag(), text)
                    .isTrue();
        }
    }

    /** An element that shows the text: its tag, its dir attribute and all its text. */
    private record Holder(String tag, String dir, String text) {}

    private static void collect(Element element, String text, List<Holder> holders) {
        for (Element child : element.getChildren().toList()) {
            if (child.isTextNode()) {
                if (child.getText().contains(text)) {
                    holders.add(
                            new Holder(element.getTag(), element.getAttribute("dir"), element.getTextRecursively()));
                }
            } else {
                collect(child, text, holders);
            }
        }
        // HTML drawn on the server (a row of the progress grid): its elements as the browser builds them.
        if (element.hasProperty("innerHTML")) {
            for (org.jsoup.nodes.Element drawn : org.jsoup.Jsoup.parseBodyFragment(element.getProperty("innerHTML"))
                    .body()
                    .getAllElements()) {
                if (drawn.wholeOwnText().contains(text)) {
                    holders.add(new Holder(drawn.tagName(), drawn.attr("dir"), drawn.wholeText()));
                }
            }
        }
    }

    private void openAs(String token, String path) {
        reopenBrowser();
        FakeRequest request = (FakeRequest) VaadinServletRequest.getCurrent().getRequest();
        request.addCookie(new Cookie("agora-resume", token));
        navigate(path);
    }

    private void asTeacher(String path) {
        reopenBrowser();
        signIn(teacher.username(), Role.TEACHER);
        navigate(path);
    }

    @Test
    void the_student_s_header_and_own_answer_fields() {
        openAs(layla, "lesson");
        assertIsolated(NAME);
        assertIsolated(TITLE);
        TextField shortAnswer = _get(TextField.class, s -> s.withValue(ANSWER));
        assertThat(shortAnswer.getElement().getAttribute("dir")).isEqualTo("auto");
        TextArea argument = _get(TextArea.class, s -> s.withValue(ARGUMENT));
        assertThat(argument.getElement().getAttribute("dir")).isEqualTo("auto");
    }

    @Test
    void the_teacher_s_comment_on_her_argument() {
        String comment = "حجة جيدة، أضيفي دليلاً من النص.";
        long hers = reviews.arguments(teacher.actor(), session.id(), "s1-d1").stream()
                .filter(a -> a.argument().equals(ARGUMENT))
                .findFirst()
                .orElseThrow()
                .answerId();
        reviews.score(teacher.actor(), session.id(), hers, 2, 1, 1, comment);
        reviews.release(teacher.actor(), session.id());
        openAs(layla, "lesson");
        assertIsolated(comment);
    }

    @Test
    void the_start_page_offering_to_continue() {
        openAs(layla, "lesson");
        navigate("");
        assertIsolated(NAME);
        assertIsolated(TITLE);
    }

    @Test
    void the_dashboard_s_grid_student_list_and_results() {
        asTeacher("teacher/sessions/" + session.id());
        assertIsolated(NAME);
        assertIsolated(TITLE);
        assertIsolated(ANSWER);
    }

    @Test
    void the_review_screen() {
        asTeacher("teacher/sessions/" + session.id() + "/review");
        assertIsolated(NAME);
        assertIsolated(ARGUMENT);
        assertThat(_get(TextArea.class, s -> s.withId("review-comment"))
                        .getElement()
                        .getAttribute("dir"))
                .isEqualTo("auto");
    }

    @Test
    void the_wall_and_the_projector() {
        sessions.showWall(teacher.actor(), session.id(), true);
        openAs(layla, "wall");
        assertIsolated(ARGUMENT);

        sessions.showOnProjector(teacher.actor(), session.id(), ProjectorChoice.of(ProjectorMode.WALL));
        asTeacher("teacher/sessions/" + session.id() + "/projector");
        assertIsolated(ARGUMENT);

        long hers = reviews.arguments(teacher.actor(), session.id(), "s1-d1").stream()
                .filter(a -> a.argument().equals(ARGUMENT))
                .findFirst()
                .orElseThrow()
                .answerId();
        reviews.spotlight(teacher.actor(), session.id(), hers);
        navigate("teacher/sessions/" + session.id() + "/projector");
        assertIsolated(ARGUMENT);
        sessions.showOnProjector(teacher.actor(), session.id(), ProjectorChoice.of(ProjectorMode.CODE));
        navigate("teacher/sessions/" + session.id() + "/projector");
        assertIsolated(TITLE);
    }

    @Test
    void the_teacher_s_list_of_sessions() {
        asTeacher("teacher");
        @SuppressWarnings("unchecked")
        Grid<SessionSummary> grid = _get(Grid.class, s -> s.withId("session-list"));
        Component title = GridKt._getCellComponent(grid, 0, "title");
        assertThat(title.getElement().getAttribute("dir")).isEqualTo("auto");
        assertThat(title.getElement().getTextRecursively()).isEqualTo(TITLE);
        assertThat(_find(Grid.class)).hasSize(1);
    }
}
