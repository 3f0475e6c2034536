package org.agora.classroom.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.fakeservlet.FakeRequest;
import com.github.mvysny.kaributesting.v10.BasicUtilsKt;
import com.github.mvysny.kaributesting.v10.NavigatorKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.server.VaadinServletRequest;
import jakarta.servlet.http.Cookie;
import java.util.UUID;
import org.agora.KaribuTest;
import org.agora.account.Actor;
import org.agora.classroom.AnswerInput;
import org.agora.classroom.AnswerService;
import org.agora.classroom.ClassSessionService;
import org.agora.classroom.Feedback;
import org.agora.classroom.JoinService;
import org.agora.classroom.SessionSummary;
import org.agora.classroom.Wall;
import org.agora.classroom.WallService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class WallViewTest extends KaribuTest {

    @Autowired
    JoinService joins;

    @Autowired
    AnswerService answers;

    @Autowired
    ClassSessionService sessions;

    @Autowired
    WallService walls;

    private Actor teacher;
    private SessionSummary session;

    @BeforeEach
    void openSession() {
        teacher = fixtures.teacher();
        session = fixtures.session(teacher, Feedback.IMMEDIATE, 1);
    }

    private String argue(String name, int stance, String argument) {
        String token = joins.join(session.joinCode(), name).resumeToken();
        answers.submit(token, "s1-d1", UUID.randomUUID().toString(), AnswerInput.stance(stance, argument));
        return token;
    }

    private void openAs(String token, String path) {
        reopenBrowser();
        FakeRequest request = (FakeRequest) VaadinServletRequest.getCurrent().getRequest();
        request.addCookie(new Cookie(ResumeCookie.NAME, token));
        navigate(path);
    }

    @Test
    void a_closed_wall_shows_nothing_and_the_lesson_offers_no_way_in() {
        String token = argue("Ana", 4, "Astana is neutral enough.");
        assertThat(walls.wallFor(token).open()).isFalse();
        openAs(token, "lesson");
        assertThat(_find(Button.class, s -> s.withId("open-wall"))).isEmpty();
        openAs(token, "wall");
        assertThat(_get(Paragraph.class, s -> s.withId("wall-closed")).getText())
                .contains("closed the wall");
    }

    @Test
    void an_open_wall_groups_the_arguments_by_stance_without_names_once_three_are_in() {
        String ana = argue("Ana Secret", 4, "Astana is neutral enough.");
        argue("Ben Secret", 1, "<b>Too close</b> to Moscow.");
        sessions.showWall(teacher, session.id(), true);
        Wall two = walls.wallFor(ana);
        assertThat(two.questions())
                .filteredOn(q -> q.key().equals("s1-d1"))
                .singleElement()
                .satisfies(q -> assertThat(q.shown()).isFalse());

        String cleo = argue("Cleo Secret", 4, "It talks to both sides.");
        answers.submit(cleo, "s1-d1", UUID.randomUUID().toString(), AnswerInput.stance(5, "Changed: it is ideal."));

        openAs(ana, "lesson");
        _click(_get(Button.class, s -> s.withId("open-wall")));
        assertThat(NavigatorKt.getCurrentView()).isEqualTo(WallView.class);
        Section question = _get(Section.class, s -> s.withId("wall-s1-d1"));
        String text = BasicUtilsKt.get_textRecursively(question);
        assertThat(text)
                .contains(
                        "Strongly disagree (1)",
                        "<b>Too close</b> to Moscow.",
                        "Agree (1)",
                        "Astana is neutral enough.",
                        "Strongly agree (1)",
                        "Changed: it is ideal.")
                .doesNotContain("It talks to both sides.");
        String page = BasicUtilsKt.get_textRecursively(_get(Div.class, s -> s.withId("wall")));
        assertThat(page).doesNotContain("Secret");
    }
}
