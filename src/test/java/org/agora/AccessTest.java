package org.agora;

import static org.agora.AccessTest.Outcome.DENIED;
import static org.agora.AccessTest.Outcome.LOGIN;
import static org.agora.AccessTest.Outcome.REFUSED;
import static org.agora.AccessTest.Outcome.SHOWN;
import static org.agora.AccessTest.Outcome.START;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.fakeservlet.FakeRequest;
import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.github.mvysny.kaributesting.v10.NavigatorKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.router.InternalServerError;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.servlet.http.Cookie;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.agora.account.ui.LoginView;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Every route the app has, found by scanning for views, against every kind of visitor: who may
 * open it, and where the others end up. A new route fails here until the table classifies it.
 */
class AccessTest extends KaribuTest {

    /** What a visitor gets at a route. */
    enum Outcome {
        /** The screen, with its content. */
        SHOWN,
        /** The screen, but the service refused: "not available", nothing of the object shown. */
        REFUSED,
        /** Sent to the sign-in page. */
        LOGIN,
        /** Sent to the start page (no student place). */
        START,
        /** Refused by the view's role annotation (Vaadin's error page). */
        DENIED
    }

    /** The cookie in which a student's browser keeps the resume token (see ResumeCookie). */
    private static final String RESUME_COOKIE = "agora-resume";

    private static final Pattern PARAMETER = Pattern.compile(":(\\w+)");

    /** Route template (parameters without their patterns) to outcome per visitor, in {@link Visitor} order. */
    private static final Map<String, List<Outcome>> EXPECTED = Map.ofEntries(
            // anonymous, student, teacher (owner), other teacher, admin
            row("", SHOWN, SHOWN, SHOWN, SHOWN, SHOWN),
            row("join", SHOWN, SHOWN, SHOWN, SHOWN, SHOWN),
            // Without a link token: the "link unusable" page, for anybody.
            row("resume", SHOWN, SHOWN, SHOWN, SHOWN, SHOWN),
            row("login", SHOWN, SHOWN, SHOWN, SHOWN, SHOWN),
            row("lesson", START, SHOWN, START, START, START),
            row("wall", START, SHOWN, START, START, START),
            row("teacher", LOGIN, LOGIN, SHOWN, SHOWN, SHOWN),
            row("teacher/sessions/:sessionId", LOGIN, LOGIN, SHOWN, REFUSED, SHOWN),
            row("teacher/sessions/:sessionId/review", LOGIN, LOGIN, SHOWN, REFUSED, SHOWN),
            row("teacher/sessions/:sessionId/projector", LOGIN, LOGIN, SHOWN, REFUSED, SHOWN),
            row("account/password", LOGIN, LOGIN, SHOWN, SHOWN, SHOWN),
            row("admin/accounts", LOGIN, LOGIN, DENIED, DENIED, SHOWN),
            row("admin/audit", LOGIN, LOGIN, DENIED, DENIED, SHOWN),
            row("admin/backups", LOGIN, LOGIN, DENIED, DENIED, SHOWN),
            row("admin/lessons", LOGIN, LOGIN, DENIED, DENIED, SHOWN),
            row("admin/lessons/new", LOGIN, LOGIN, DENIED, DENIED, SHOWN),
            row("admin/lessons/:lessonId/edit", LOGIN, LOGIN, DENIED, DENIED, SHOWN));

    private static Map<String, Class<? extends Component>> routes;
    /** Opening screens changes nothing the table depends on, so one world serves every cell. */
    private static AccessWorld.World world;

    @Autowired
    AccessWorld worlds;

    private static Map.Entry<String, List<Outcome>> row(String route, Outcome... byVisitor) {
        return Map.entry(route, List.of(byVisitor));
    }

    /** Every @Route and @RouteAlias of every view, its parameters' patterns left out. */
    static Map<String, Class<? extends Component>> routes() {
        if (routes == null) {
            Map<String, Class<? extends Component>> found = new TreeMap<>();
            for (Class<? extends Component> view : RouteClasses.all()) {
                Route route = view.getAnnotation(Route.class);
                if (route != null) {
                    found.put(template(route.value()), view);
                }
                for (RouteAlias alias : view.getAnnotationsByType(RouteAlias.class)) {
                    found.put(template(alias.value()), view);
                }
            }
            routes = found;
        }
        return routes;
    }

    private static String template(String declared) {
        return declared.replaceAll("\\(([^/]*)\\)", "");
    }

    static Stream<Arguments> cells() {
        return routes().keySet().stream()
                .flatMap(r -> Arrays.stream(Visitor.values()).map(v -> Arguments.of(r, v)));
    }

    @ParameterizedTest(name = "/{0} as {1}")
    @MethodSource("cells")
    void each_route_lets_in_only_whom_the_table_says(String route, Visitor visitor) {
        assertThat(EXPECTED)
                .as("route /%s has no row in the expectation table: classify it", route)
                .containsKey(route);
        if (world == null) {
            world = worlds.fresh();
        }
        enter(visitor, world);
        navigate(fill(route, world));
        assertThat(outcome(routes().get(route))).isEqualTo(EXPECTED.get(route).get(visitor.ordinal()));
    }

    @Test
    void every_route_has_a_row_and_every_row_a_route() {
        assertThat(EXPECTED.keySet())
                .as("routes in the table but not in the app")
                .isSubsetOf(routes().keySet());
        assertThat(routes().keySet())
                .as("routes of the app missing from the table")
                .isSubsetOf(EXPECTED.keySet());
        System.out.printf(
                "Access matrix, routes: %d routes x %d visitors = %d cells%n",
                routes().size(), Visitor.values().length, routes().size() * Visitor.values().length);
    }

    @Test
    void every_route_declares_who_may_open_it() {
        assertThat(routes().values())
                .isNotEmpty()
                .allSatisfy(view -> assertThat(view.isAnnotationPresent(AnonymousAllowed.class)
                                || view.isAnnotationPresent(RolesAllowed.class)
                                || view.isAnnotationPresent(PermitAll.class)
                                || view.isAnnotationPresent(DenyAll.class))
                        .as(view.getSimpleName())
                        .isTrue());
        assertThat(routes().values().stream().filter(v -> v.isAnnotationPresent(PermitAll.class)))
                .isEmpty();
    }

    /** Signs in, or puts the student's resume token in the browser's cookies, as this visitor would. */
    private void enter(Visitor visitor, AccessWorld.World world) {
        if (visitor == Visitor.STUDENT) {
            FakeRequest request =
                    (FakeRequest) VaadinServletRequest.getCurrent().getRequest();
            request.addCookie(new Cookie(RESUME_COOKIE, world.token()));
        }
        Fixtures.Account account = world.account(visitor);
        if (account != null) {
            signIn(account.username(), account.actor().role());
        }
    }

    /** The route with its parameters filled: the owning teacher's session, the world's lesson. */
    private static String fill(String route, AccessWorld.World world) {
        Matcher parameter = PARAMETER.matcher(route);
        StringBuilder path = new StringBuilder();
        while (parameter.find()) {
            long value = switch (parameter.group(1)) {
                case "sessionId" -> world.sessionId();
                case "lessonId" -> world.lessonId();
                default -> throw new AssertionError("No value for :" + parameter.group(1) + " in /" + route);
            };
            parameter.appendReplacement(path, String.valueOf(value));
        }
        return parameter.appendTail(path).toString();
    }

    private static Outcome outcome(Class<? extends Component> target) {
        Class<? extends Component> shown = NavigatorKt.getCurrentView();
        if (shown == InternalServerError.class) {
            // Karibu's stand-in for Vaadin's access check throws "Access is denied by annotations on
            // the view", which Flow shows as its error page; a browser gets Vaadin's not-found page.
            return DENIED;
        }
        if (shown == target) {
            return LocatorJ._find(Component.class, s -> s.withId("not-allowed")).isEmpty() ? SHOWN : REFUSED;
        }
        if (shown == LoginView.class) {
            return LOGIN;
        }
        if (shown == routes().get("")) {
            return START;
        }
        throw new AssertionError("Expected " + target.getSimpleName() + " or a refusal, got " + shown.getSimpleName());
    }
}
