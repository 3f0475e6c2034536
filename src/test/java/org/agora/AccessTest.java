package org.agora;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;

import com.github.mvysny.kaributesting.v10.NavigatorKt;
import com.github.mvysny.kaributesting.v10.Routes;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.router.InternalServerError;
import com.vaadin.flow.server.auth.AnonymousAllowed;

import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;

import org.agora.account.Role;
import org.agora.account.ui.AccountsView;
import org.agora.account.ui.BackupsView;
import org.agora.account.ui.LoginView;
import org.agora.classroom.Feedback;
import org.agora.classroom.ui.StartView;
import org.agora.classroom.ui.TeacherSessionsView;
import org.agora.dashboard.ui.SessionDashboardView;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every route against every kind of visitor: who may open it, and where the others end up. */
class AccessTest extends KaribuTest {

    enum Visitor { ANONYMOUS, TEACHER, ADMIN }

    static Stream<Arguments> matrix() {
        return Stream.of(
                Arguments.of("", Visitor.ANONYMOUS, StartView.class),
                Arguments.of("", Visitor.TEACHER, StartView.class),
                Arguments.of("", Visitor.ADMIN, StartView.class),
                Arguments.of("join/ABCDEF", Visitor.ANONYMOUS, StartView.class),
                Arguments.of("login", Visitor.ANONYMOUS, LoginView.class),
                // Without a resume token the lesson sends everyone to the start page.
                Arguments.of("lesson", Visitor.ANONYMOUS, StartView.class),
                Arguments.of("lesson", Visitor.TEACHER, StartView.class),
                Arguments.of("wall", Visitor.ANONYMOUS, StartView.class),
                Arguments.of("teacher", Visitor.ANONYMOUS, LoginView.class),
                Arguments.of("teacher", Visitor.TEACHER, TeacherSessionsView.class),
                Arguments.of("teacher", Visitor.ADMIN, TeacherSessionsView.class),
                Arguments.of("teacher/sessions/{own}", Visitor.ANONYMOUS, LoginView.class),
                Arguments.of("teacher/sessions/{own}", Visitor.TEACHER, SessionDashboardView.class),
                Arguments.of("teacher/sessions/{own}", Visitor.ADMIN, SessionDashboardView.class),
                Arguments.of("admin/accounts", Visitor.ANONYMOUS, LoginView.class),
                Arguments.of("admin/accounts", Visitor.TEACHER, null),
                Arguments.of("admin/accounts", Visitor.ADMIN, AccountsView.class),
                Arguments.of("admin/backups", Visitor.ANONYMOUS, LoginView.class),
                Arguments.of("admin/backups", Visitor.TEACHER, null),
                Arguments.of("admin/backups", Visitor.ADMIN, BackupsView.class));
    }

    @ParameterizedTest(name = "{0} as {1}")
    @MethodSource("matrix")
    void each_route_opens_only_for_those_it_declares(String path, Visitor visitor,
            Class<? extends Component> expected) {
        long sessionId = 0;
        switch (visitor) {
            case TEACHER -> sessionId = fixtures.session(signInAs(Role.TEACHER).actor(), Feedback.IMMEDIATE, 1).id();
            case ADMIN -> {
                signIn("admin", Role.ADMIN);
                sessionId = fixtures.session(fixtures.admin(), Feedback.IMMEDIATE, 1).id();
            }
            default -> sessionId = fixtures.session(fixtures.teacher(), Feedback.IMMEDIATE, 1).id();
        }
        navigate(path.replace("{own}", String.valueOf(sessionId)));
        Class<? extends Component> shown = NavigatorKt.getCurrentView();
        if (expected == null) {
            // Karibu's stand-in for Vaadin's access-denied page throws "Access is denied by
            // annotations on the view", which Flow then shows as its error page; in a browser the
            // teacher sees Vaadin's not-found page (checked by the browser journey).
            assertThat(shown).isEqualTo(InternalServerError.class);
        } else {
            assertThat(shown).isEqualTo(expected);
        }
    }

    @Test
    void every_route_declares_who_may_open_it() {
        Routes routes = new Routes().autoDiscoverViews("org.agora");
        assertThat(routes.getRoutes()).isNotEmpty().allSatisfy(view -> assertThat(
                view.isAnnotationPresent(AnonymousAllowed.class) || view.isAnnotationPresent(RolesAllowed.class)
                        || view.isAnnotationPresent(PermitAll.class) || view.isAnnotationPresent(DenyAll.class))
                .as(view.getSimpleName()).isTrue());
        assertThat(routes.getRoutes().stream().filter(v -> v.isAnnotationPresent(PermitAll.class))).isEmpty();
    }
}
