package org.agora.dashboard.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import java.util.UUID;
import org.agora.Fixtures;
import org.agora.KaribuTest;
import org.agora.account.Role;
import org.agora.classroom.AnswerInput;
import org.agora.classroom.AnswerService;
import org.agora.classroom.Feedback;
import org.agora.classroom.JoinService;
import org.agora.classroom.JoinTicket;
import org.agora.classroom.SessionSummary;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;

/** A student lost their phone: the teacher lets them back in from the student list. */
class StudentNewDeviceViewTest extends KaribuTest {

    @Autowired
    JoinService joins;

    @Autowired
    AnswerService answers;

    private SessionSummary session;
    private JoinTicket dana;

    @BeforeEach
    void danaAnswersThenLosesHerPhone() {
        Fixtures.Account teacher = signInAs(Role.TEACHER);
        session = fixtures.session(teacher.actor(), Feedback.IMMEDIATE, 1);
        dana = joins.join(session.joinCode(), "Dana");
        answers.submit(dana.resumeToken(), "s1-q4", UUID.randomUUID().toString(), AnswerInput.text("Almaty"));
        navigate("teacher/sessions/" + session.id());
        _get(Details.class, s -> s.withId("student-list")).setOpened(true);
        _click(_get(Button.class, s -> s.withId("new-device-" + dana.participantId())));
    }

    /** The new device: a fresh browser, no cookie, nobody signed in. */
    private void freshBrowser() {
        SecurityContextHolder.clearContext();
        reopenBrowser();
    }

    private void assertDanasPlace() {
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath())
                .isEqualTo("lesson");
        assertThat(com.github.mvysny.kaributesting.v10.BasicUtilsKt.get_textRecursively(
                        _get(Span.class, s -> s.withId("student-name"))))
                .startsWith("Dana");
        assertThat(_get(
                                _get(com.vaadin.flow.component.html.Div.class, s -> s.withId("question-s1-q4")),
                                TextField.class)
                        .getValue())
                .as("her saved answer is there")
                .isEqualTo("Almaty");
        assertThat(_get(Span.class, s -> s.withId("state-s1-q4")).getText()).isEqualTo("Incorrect");
    }

    @Test
    void the_button_in_the_student_list_shows_a_code_a_link_and_a_qr_code_that_opens_her_place_in_a_fresh_browser() {
        assertThat(_get(Span.class, s -> s.withId("place-code")).getText()).matches("[A-Z2-9]{4}-[A-Z2-9]{4}");
        Paragraph how = _get(Paragraph.class, s -> s.withId("place-code-text"));
        assertThat(_get(how, Span.class, s -> s.withText("Dana")).getElement().getAttribute("dir"))
                .as("a right-to-left name stays apart from the sentence")
                .isEqualTo("auto");
        assertThat(com.github.mvysny.kaributesting.v10.BasicUtilsKt.get_textRecursively(how))
                .contains("Dana")
                .contains("10 minutes")
                .contains("works once");
        assertThat(_get(Image.class, s -> s.withClasses("agora-qr")).getSrc()).startsWith("data:image/svg+xml;base64,");
        String address = _get(TextField.class, s -> s.withId("place-link")).getValue();
        assertThat(address).contains("/resume/");

        freshBrowser();
        navigate(address.substring(address.indexOf("resume/")));
        _click(_get(Button.class, s -> s.withId("use-device-link")));

        assertDanasPlace();
    }

    @Test
    void the_code_typed_on_the_new_device_opens_her_place_once() {
        String code = _get(Span.class, s -> s.withId("place-code")).getText();
        assertThat(_get(TextField.class, s -> s.withId("place-code-address")).getValue())
                .endsWith("/resume");

        freshBrowser();
        navigate("resume");
        _setValue(_get(TextField.class, s -> s.withId("type-place-code")), code.toLowerCase());
        _click(_get(Button.class, s -> s.withId("use-place-code")));
        assertDanasPlace();

        freshBrowser();
        navigate("resume");
        _setValue(_get(TextField.class, s -> s.withId("type-place-code")), code);
        _click(_get(Button.class, s -> s.withId("use-place-code")));
        assertThat(_get(TextField.class, s -> s.withId("type-place-code")).getErrorMessage())
                .contains("works once");
    }
}
