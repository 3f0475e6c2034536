package org.agora.dashboard.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.BasicUtilsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import java.util.List;
import java.util.UUID;
import org.agora.Fixtures;
import org.agora.KaribuTest;
import org.agora.account.Role;
import org.agora.classroom.AnswerInput;
import org.agora.classroom.AnswerService;
import org.agora.classroom.Feedback;
import org.agora.classroom.JoinService;
import org.agora.classroom.ReviewService;
import org.agora.classroom.SessionSummary;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class ProjectorViewTest extends KaribuTest {

    @Autowired
    JoinService joins;

    @Autowired
    AnswerService answers;

    @Autowired
    ReviewService reviews;

    @SuppressWarnings("unchecked")
    private static void show(ProjectorView.Show what) {
        _setValue(_get(RadioButtonGroup.class, s -> s.withId("projector-show")), what);
    }

    private static String stage() {
        return BasicUtilsKt.get_textRecursively(_get(Div.class, s -> s.withId("projector-stage")));
    }

    @Test
    void the_projector_shows_the_code_results_the_wall_and_the_spotlight_but_never_a_name() {
        Fixtures.Account teacher = signInAs(Role.TEACHER);
        SessionSummary session = fixtures.session(teacher.actor(), Feedback.IMMEDIATE, 1);
        String[] names = {"Ana Secret", "Ben Secret", "Cleo Secret"};
        for (int i = 0; i < names.length; i++) {
            String token = joins.join(session.joinCode(), names[i]).resumeToken();
            answers.submit(
                    token,
                    "s1-d1",
                    UUID.randomUUID().toString(),
                    AnswerInput.stance(i + 3, "Argument number " + (i + 1) + " from the text."));
            answers.submit(
                    token,
                    "s1-q1",
                    UUID.randomUUID().toString(),
                    AnswerInput.choice(List.of(String.valueOf(fixtures.bundledLesson()
                            .question("s1-q1")
                            .orElseThrow()
                            .options()
                            .get(0)
                            .id()))));
        }

        navigate("teacher/sessions/" + session.id() + "/projector");
        assertThat(_get(Span.class, s -> s.withId("session-code")).getText()).isEqualTo(session.joinCode());
        assertThat(_get(Paragraph.class, s -> s.withId("projector-link")).getText())
                .endsWith("/join/" + session.joinCode());
        assertThat(_get(Image.class, s -> s.withClasses("agora-qr")).getAlt())
                .hasValueSatisfying(alt -> assertThat(alt).contains(session.joinCode()));

        show(ProjectorView.Show.RESULTS);
        assertThat(stage()).as("the opinion poll comes first").startsWith("Opinion before and after reading");
        @SuppressWarnings("unchecked")
        com.vaadin.flow.component.select.Select<Object> question =
                _get(com.vaadin.flow.component.select.Select.class, s -> s.withId("projector-question"));
        _setValue(question, fixtures.bundledLesson().question("s1-q1").orElseThrow());
        assertThat(stage()).contains("3 answered");

        show(ProjectorView.Show.WALL);
        assertThat(stage()).contains("Argument number 1 from the text.", "Argument number 3 from the text.");

        long third =
                reviews.arguments(teacher.actor(), session.id(), "s1-d1").get(2).answerId();
        reviews.spotlight(teacher.actor(), session.id(), third);
        navigate("teacher/sessions/" + session.id() + "/projector");
        show(ProjectorView.Show.SPOTLIGHT);
        assertThat(_get(Paragraph.class, s -> s.withId("projector-spotlight")).getText())
                .isEqualTo("Argument number 3 from the text.");

        String page = BasicUtilsKt.get_textRecursively(UI.getCurrent());
        assertThat(page).doesNotContain("Secret");
    }

    @Test
    void another_teacher_gets_a_refusal() {
        SessionSummary session = fixtures.session(fixtures.teacher(), Feedback.IMMEDIATE, 1);
        signInAs(Role.TEACHER);
        navigate("teacher/sessions/" + session.id() + "/projector");
        assertThat(_get(Paragraph.class, s -> s.withId("not-allowed")).getText())
                .contains("not one of yours");
        assertThat(BasicUtilsKt.get_textRecursively(UI.getCurrent())).doesNotContain(session.joinCode());
    }
}
