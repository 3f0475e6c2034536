package org.agora.classroom.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.fakeservlet.FakeRequest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.server.VaadinServletRequest;
import jakarta.servlet.http.Cookie;
import org.agora.KaribuTest;
import org.agora.classroom.Feedback;
import org.agora.classroom.JoinService;
import org.agora.classroom.SessionSummary;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A student moves from a laptop to a phone with the link (or QR code) the lesson screen shows. */
class DeviceLinkViewTest extends KaribuTest {

    @Autowired
    JoinService joins;

    @Test
    void the_link_from_the_lesson_opens_the_same_place_on_another_device_once() {
        SessionSummary session = fixtures.session(fixtures.teacher(), Feedback.IMMEDIATE, 1);
        String token = joins.join(session.joinCode(), "Dana").resumeToken();
        ((FakeRequest) VaadinServletRequest.getCurrent().getRequest()).addCookie(new Cookie(ResumeCookie.NAME, token));
        navigate("lesson");

        _click(_get(Button.class, s -> s.withId("another-device")));
        String address = _get(TextField.class, s -> s.withId("device-link")).getValue();
        assertThat(address).contains("/resume/");
        assertThat(_get(Paragraph.class, s -> s.withId("device-link-text")).getText())
                .contains("10 minutes")
                .contains("works once");
        assertThat(_get(Image.class, s -> s.withClasses("agora-qr")).getSrc()).startsWith("data:image/svg+xml;base64,");
        String path = address.substring(address.indexOf("resume/"));

        reopenBrowser();
        navigate(path);
        assertThat(_get(
                                Paragraph.class,
                                s -> s.withPredicate(p -> p.getElement()
                                        .getTextRecursively()
                                        .equals("This link opens the lesson of Dana in “" + session.title()
                                                + "”, with every answer so far.")))
                        .isVisible())
                .isTrue();
        _click(_get(Button.class, s -> s.withId("use-device-link")));
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath())
                .isEqualTo("lesson");
        assertThat(_get(Span.class, s -> s.withId("student-name")).getElement().getTextRecursively())
                .startsWith("Dana");

        reopenBrowser();
        navigate(path);
        assertThat(_get(Paragraph.class, s -> s.withId("link-unusable")).getText())
                .contains("works once");
        _assertNone(Button.class, s -> s.withId("use-device-link"));
    }
}
