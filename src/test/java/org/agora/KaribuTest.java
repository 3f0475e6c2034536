package org.agora;

import com.github.mvysny.fakeservlet.FakeRequest;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinServletRequest;
import java.util.List;
import java.util.Locale;
import org.agora.account.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/** Views tested on the server side with Karibu-Testing: no browser, the real services. */
public abstract class KaribuTest extends AgoraTest {

    private static Routes routes;

    @Autowired
    protected ApplicationContext context;

    @Autowired
    protected Fixtures fixtures;

    @BeforeAll
    static void discoverRoutes() {
        if (routes == null) {
            routes = RouteClasses.forKaribu();
        }
    }

    @BeforeEach
    void setUpVaadin() {
        MockVaadin.setup(UI::new, new MockSpringServlet(routes, context, UI::new));
    }

    @AfterEach
    void tearDownVaadin() {
        MockVaadin.tearDown();
        SecurityContextHolder.clearContext();
    }

    /** A reload or a new tab: a fresh UI and server session; only cookies set on the request remain. */
    protected void reopenBrowser() {
        MockVaadin.tearDown();
        setUpVaadin();
    }

    /** A browser whose person reads this language: a fresh UI in that locale. */
    protected void reopenBrowserIn(Locale locale) {
        MockVaadin.tearDown();
        UiFactory inLanguage = () -> {
            UI ui = new UI();
            ui.setLocale(locale);
            return ui;
        };
        MockVaadin.setup(inLanguage, new MockSpringServlet(routes, context, inLanguage));
    }

    private interface UiFactory extends kotlin.jvm.functions.Function0<UI> {}

    /** Signs in as this account, as Spring Security's filters would have. */
    protected void signIn(String username, Role role) {
        var auth = new UsernamePasswordAuthenticationToken(
                username, null, List.of(new SimpleGrantedAuthority("ROLE_" + role.name())));
        SecurityContextHolder.getContext().setAuthentication(auth);
        FakeRequest request = (FakeRequest) VaadinServletRequest.getCurrent().getRequest();
        request.setUserPrincipalInt(auth);
        request.setUserInRole((principal, r) -> role.name().equals(r));
    }

    protected Fixtures.Account signInAs(Role role) {
        Fixtures.Account account = fixtures.account(role);
        signIn(account.username(), role);
        return account;
    }

    protected void navigate(String path) {
        UI.getCurrent().navigate(path);
    }

    /** The address the browser shows now, without the leading slash (route classes are package-private). */
    protected static String currentPath() {
        return UI.getCurrent().getInternals().getActiveViewLocation().getPath();
    }
}
