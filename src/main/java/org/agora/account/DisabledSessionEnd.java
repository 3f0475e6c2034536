package org.agora.account;

import com.vaadin.flow.spring.security.RequestUtil;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import org.agora.account.ui.LoginView;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A page load by someone whose account was disabled since they signed in ends their server session
 * before Vaadin sees the request, and the browser is sent to the sign-in page that says why. Ending
 * the session here, in a plain HTTP exchange, leaves nothing for a Vaadin request to lose: the
 * sign-in page that follows is drawn on a fresh session. Vaadin's own requests (clicks, push) are
 * left to the checks at navigation and in the services.
 */
final class DisabledSessionEnd extends OncePerRequestFilter {

    private final CurrentActor currentActor;
    private final RequestUtil vaadinRequests;

    DisabledSessionEnd(CurrentActor currentActor, RequestUtil vaadinRequests) {
        this.currentActor = currentActor;
        this.vaadinRequests = vaadinRequests;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"GET".equals(request.getMethod())
                || request.getSession(false) == null
                || vaadinRequests.isFrameworkInternalRequest(request)
                || !acceptsPage(request);
    }

    private static boolean acceptsPage(HttpServletRequest request) {
        String accept = request.getHeader("Accept");
        return accept != null && accept.contains("text/html");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!currentActor.isSignedInButDisabled()) {
            chain.doFilter(request, response);
            return;
        }
        SecurityContextHolder.clearContext();
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        response.sendRedirect(request.getContextPath() + "/login?" + LoginView.DISABLED);
    }
}
