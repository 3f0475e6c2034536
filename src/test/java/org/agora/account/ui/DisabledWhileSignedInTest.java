package org.agora.account.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.github.mvysny.fakeservlet.FakeHttpSession;
import com.github.mvysny.kaributesting.v10.MockVaadin;
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
import org.agora.account.AccountDisabledException;
import org.agora.account.AccountService;
import org.agora.account.Role;
import org.agora.classroom.ClassSessionService;
import org.agora.classroom.Feedback;
import org.agora.classroom.Gate;
import org.agora.classroom.Pacing;
import org.agora.classroom.SessionSettings;
import org.agora.classroom.SessionSummary;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;

/** A teacher whose account an admin disables while they are signed in. */
class DisabledWhileSignedInTest extends KaribuTest {

    private static final String SAYS_DISABLED = "Your account has been disabled. Ask an admin to enable it.";

    @Autowired
    AccountService accounts;

    @Autowired
    ClassSessionService sessions;

    @Autowired
    JdbcTemplate jdbc;

    private static FakeHttpSession httpSession() {
        return (FakeHttpSession)
                ((WrappedHttpSession) VaadinSession.getCurrent().getSession()).getHttpSession();
    }

    private void disable(Fixtures.Account teacher) {
        accounts.setEnabled(fixtures.admin(), teacher.actor().accountId(), false);
    }

    /**
     * Disabled where this node's screens do not hear of it (another node, or a push connection
     * that was down): only the checks at navigation and in the services can catch it.
     */
    private void disableUnheard(Fixtures.Account teacher) {
        jdbc.update(
                "update account set enabled = false where id = ?",
                teacher.actor().accountId());
    }

    /** Signed out, their whole server session ended, and the browser on the sign-in page saying why. */
    private void assertSignedOutToTheSignInPage(UI before, FakeHttpSession sessionBefore) {
        assertThat(SecurityContextHolder.getContext().getAuthentication()).isNull();
        assertThat(_find(before, Notification.class, s -> s.withId("unexpected-error")))
                .isEmpty();
        assertThat(sessionBefore.isValid()).as("the server session is ended").isFalse();

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

        disableUnheard(teacher);
        Throwable failure = catchThrowable(() -> _click(_get(Button.class, s -> s.withId("change-password"))));
        assertThat(failure).isNotNull();
        // What Vaadin does with an exception a click listener throws.
        VaadinSession.getCurrent().getErrorHandler().error(new ErrorEvent(failure));

        assertSignedOutToTheSignInPage(before, session);
    }

    @Test
    void an_open_dashboard_goes_to_the_sign_in_page_at_once_when_the_account_is_disabled() {
        Fixtures.Account teacher = signInAs(Role.TEACHER);
        SessionSummary session = fixtures.session(teacher.actor(), Feedback.IMMEDIATE, 1);
        navigate("teacher/sessions/" + session.id());
        UI before = UI.getCurrent();
        FakeHttpSession httpSession = httpSession();

        disable(teacher);
        // The admin's change reaches the teacher's screen by push: what Vaadin runs at the next round trip.
        MockVaadin.clientRoundtrip();

        assertThat(before.getInternals().getActiveViewLocation().getPathWithQueryParameters())
                .as("the screen, without a click")
                .isEqualTo("login?disabled");
        // The push also has the browser load that page afresh: a request of the teacher's own server session.
        UI.getCurrent().navigate(LoginView.class, LoginView.disabledParameters());
        assertSignedOutToTheSignInPage(before, httpSession);
    }

    @Test
    void a_click_on_an_open_dashboard_changes_nothing_once_the_account_is_disabled() {
        Fixtures.Account teacher = signInAs(Role.TEACHER);
        SessionSummary session = sessions.create(
                teacher.actor(),
                fixtures.bundledRevision(),
                new SessionSettings("Live class", Feedback.DEFERRED, 1, Pacing.LIVE, null, Gate.OFF));
        sessions.openNextSection(teacher.actor(), session.id());
        navigate("teacher/sessions/" + session.id());
        UI before = UI.getCurrent();
        FakeHttpSession httpSession = httpSession();

        // Disabled, and the screen still open (its push had not arrived): the teacher clicks.
        disableUnheard(teacher);
        Throwable failure = catchThrowable(() -> _click(_get(Button.class, s -> s.withId("reveal-answers"))));

        assertThat(failure).isInstanceOf(AccountDisabledException.class);
        assertThat(sessions.get(fixtures.admin(), session.id()).revealedSections())
                .as("sections revealed by a disabled account")
                .isZero();
        VaadinSession.getCurrent().getErrorHandler().error(new ErrorEvent(failure));
        assertSignedOutToTheSignInPage(before, httpSession);
    }
}
