package org.agora.account.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.github.mvysny.fakeservlet.FakeHttpSession;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.WrappedHttpSession;
import org.agora.Fixtures;
import org.agora.KaribuTest;
import org.agora.account.AccountService;
import org.agora.account.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;

/** A teacher whose account an admin disables while they are signed in. */
class DisabledWhileSignedInTest extends KaribuTest {

    private static final String SAYS_DISABLED = "Your account has been disabled. Ask an admin to enable it.";

    @Autowired
    AccountService accounts;

    private static FakeHttpSession httpSession() {
        return (FakeHttpSession)
                ((WrappedHttpSession) VaadinSession.getCurrent().getSession()).getHttpSession();
    }

    private void disable(Fixtures.Account teacher) {
        accounts.setEnabled(fixtures.admin(), teacher.actor().accountId(), false);
    }

    /** Signed out, their whole server session ended, and the browser on the sign-in page saying why. */
    private void assertSignedOutToTheSignInPage(UI before, FakeHttpSession sessionBefore) {
        assertThat(_find(before, Notification.class, s -> s.withId("unexpected-error")))
                .isEmpty();
        assertThat(sessionBefore.isValid()).as("the server session is ended").isFalse();
        assertThat(SecurityContextHolder.getContext().getAuthentication()).isNull();

        assertThat(before.getInternals().getActiveViewLocation().getPathWithQueryParameters())
                .isEqualTo("login?disabled");
        LoginForm form = _get(before, LoginForm.class);
        assertThat(form.isError()).isTrue();
        assertThat(String.valueOf(form.getElement().getPropertyRaw("i18n")))
                .as("the form's error message")
                .contains(SAYS_DISABLED);
    }

    @Test
    void at_the_next_navigation_they_land_on_the_sign_in_page_that_says_so() {
        Fixtures.Account teacher = signInAs(Role.TEACHER);
        navigate("teacher");
        UI before = UI.getCurrent();
        FakeHttpSession session = httpSession();

        disable(teacher);
        navigate("account/password");

        assertSignedOutToTheSignInPage(before, session);
    }

    @Test
    void at_the_next_click_on_an_open_screen_they_land_on_the_sign_in_page_that_says_so() {
        Fixtures.Account teacher = signInAs(Role.TEACHER);
        navigate("account/password");
        UI before = UI.getCurrent();
        FakeHttpSession session = httpSession();
        _setValue(_get(PasswordField.class, s -> s.withId("current-password")), Fixtures.PASSWORD);
        _setValue(_get(PasswordField.class, s -> s.withId("new-password")), "a new long secret");
        _setValue(_get(PasswordField.class, s -> s.withId("repeat-password")), "a new long secret");

        disable(teacher);
        Throwable failure = catchThrowable(() -> _click(_get(Button.class, s -> s.withId("change-password"))));
        assertThat(failure).isNotNull();
        // What Vaadin does with an exception a click listener throws.
        VaadinSession.getCurrent().getErrorHandler().error(new ErrorEvent(failure));

        assertSignedOutToTheSignInPage(before, session);
    }
}
