package org.agora.classroom.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.fakeservlet.FakeResponse;
import com.github.mvysny.kaributesting.v10.NavigatorKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.server.VaadinServletResponse;
import org.agora.KaribuTest;
import org.agora.classroom.Feedback;
import org.agora.classroom.SessionSummary;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class StartViewTest extends KaribuTest {

    private SessionSummary session;

    @BeforeEach
    void openSession() {
        session = fixtures.session(fixtures.teacher(), Feedback.IMMEDIATE, 1);
    }

    private void join(String code, String name) {
        _setValue(_get(TextField.class, s -> s.withId("join-code")), code);
        _setValue(_get(TextField.class, s -> s.withId("display-name")), name);
        _click(_get(Button.class, s -> s.withId("join")));
    }

    @Test
    void the_code_field_s_placeholder_cannot_be_mistaken_for_a_code() {
        navigate("");
        TextField code = _get(TextField.class, s -> s.withId("join-code"));
        assertThat(code.getLabel()).isNotBlank();
        assertThat(code.getPlaceholder()).isEqualTo("6 letters and digits").doesNotMatch("[A-Z0-9]{6}");
    }

    @Test
    void joining_with_the_code_opens_the_lesson_and_leaves_a_resume_cookie() {
        navigate("");
        join(session.joinCode().toLowerCase(), "Ana");
        assertThat(NavigatorKt.getCurrentView()).isEqualTo(ReadingView.class);
        FakeResponse response =
                (FakeResponse) VaadinServletResponse.getCurrent().getResponse();
        var cookie = response.getCookie(ResumeCookie.NAME);
        assertThat(cookie.getValue()).hasSize(43);
        assertThat(cookie.isHttpOnly()).isTrue();
    }

    @Test
    void a_wrong_code_is_named_on_the_code_field_and_the_student_stays() {
        navigate("");
        join("ZZZZZZ", "Ana");
        TextField code = _get(TextField.class, s -> s.withId("join-code"));
        assertThat(code.isInvalid()).isTrue();
        assertThat(code.getErrorMessage()).contains("No class session has the code ZZZZZZ");
        assertThat(NavigatorKt.getCurrentView()).isEqualTo(StartView.class);
    }

    @Test
    void a_taken_name_is_named_on_the_name_field_with_a_suggestion() {
        navigate("");
        join(session.joinCode(), "Ben");
        navigate("");
        join(session.joinCode(), "ben");
        TextField name = _get(TextField.class, s -> s.withId("display-name"));
        assertThat(name.isInvalid()).isTrue();
        assertThat(name.getErrorMessage()).contains("Try “ben 2”");
    }

    @Test
    void an_empty_name_is_refused_on_its_field() {
        navigate("");
        join(session.joinCode(), "   ");
        TextField name = _get(TextField.class, s -> s.withId("display-name"));
        assertThat(name.getErrorMessage()).isEqualTo("Type the name your teacher will see.");
    }

    @Test
    void the_join_link_fills_in_the_code() {
        navigate("join/" + session.joinCode().toLowerCase());
        assertThat(_get(TextField.class, s -> s.withId("join-code")).getValue()).isEqualTo(session.joinCode());
    }

    @Test
    void a_browser_that_joined_before_is_offered_to_continue() {
        navigate("");
        join(session.joinCode(), "Cleo");
        navigate("");
        Button resume = _get(Button.class, s -> s.withId("continue-lesson"));
        assertThat(resume.getElement().getTextRecursively())
                .contains("Cleo")
                .contains(session.title())
                .startsWith("Continue as");
        _click(resume);
        assertThat(NavigatorKt.getCurrentView()).isEqualTo(ReadingView.class);
    }

    @Test
    void on_a_shared_computer_the_next_student_can_make_the_browser_forget_the_last_one() {
        navigate("");
        join(session.joinCode(), "Dev");
        navigate("");
        _click(_get(Button.class, s -> s.withId("forget-me")));
        assertThat(com.github.mvysny.kaributesting.v10.LocatorJ._find(Button.class, s -> s.withId("continue-lesson")))
                .isEmpty();
        FakeResponse response =
                (FakeResponse) VaadinServletResponse.getCurrent().getResponse();
        assertThat(response.getCookies())
                .filteredOn(c -> c.getName().equals(ResumeCookie.NAME))
                .last()
                .satisfies(c -> assertThat(c.getMaxAge()).isZero());
        navigate("lesson");
        assertThat(NavigatorKt.getCurrentView()).isEqualTo(StartView.class);
    }

    @Test
    void on_a_shared_computer_the_next_student_to_join_gets_their_own_place() {
        navigate("");
        join(session.joinCode(), "First");
        FakeResponse response =
                (FakeResponse) VaadinServletResponse.getCurrent().getResponse();
        String firstToken = response.getCookie(ResumeCookie.NAME).getValue();

        reopenBrowser();
        ((com.github.mvysny.fakeservlet.FakeRequest)
                        com.vaadin.flow.server.VaadinServletRequest.getCurrent().getRequest())
                .addCookie(new jakarta.servlet.http.Cookie(ResumeCookie.NAME, firstToken));
        navigate("");
        join(session.joinCode(), "Second");
        assertThat(NavigatorKt.getCurrentView()).isEqualTo(ReadingView.class);
        assertThat(_get(com.vaadin.flow.component.html.Span.class, s -> s.withId("student-name"))
                        .getElement()
                        .getTextRecursively())
                .startsWith("Second");
    }
}
