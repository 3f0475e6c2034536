package org.agora.classroom.ui;

import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;

import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.VaadinSession;

import jakarta.servlet.http.Cookie;

/**
 * Where a student's browser keeps its resume token: an HTTP-only cookie that outlives the
 * server session and restarts, plus the Vaadin session for the request that just set it.
 */
final class ResumeCookie {

    static final String NAME = "agora-resume";
    private static final Duration LIFETIME = Duration.ofDays(30);

    private ResumeCookie() {
    }

    static Optional<String> read() {
        VaadinSession session = VaadinSession.getCurrent();
        if (session != null && session.getAttribute(NAME) instanceof String token) {
            return Optional.of(token);
        }
        VaadinRequest request = VaadinRequest.getCurrent();
        if (request == null || request.getCookies() == null) {
            return Optional.empty();
        }
        return Arrays.stream(request.getCookies()).filter(c -> NAME.equals(c.getName())).map(Cookie::getValue)
                .findFirst();
    }

    static void write(String token) {
        VaadinSession session = VaadinSession.getCurrent();
        if (session != null) {
            session.setAttribute(NAME, token);
        }
        VaadinResponse response = VaadinResponse.getCurrent();
        if (response != null) {
            Cookie cookie = new Cookie(NAME, token);
            cookie.setPath(contextPath());
            cookie.setHttpOnly(true);
            cookie.setMaxAge((int) LIFETIME.toSeconds());
            cookie.setAttribute("SameSite", "Lax");
            response.addCookie(cookie);
        }
    }

    private static String contextPath() {
        VaadinRequest request = VaadinRequest.getCurrent();
        String path = request == null ? "" : request.getContextPath();
        return path == null || path.isEmpty() ? "/" : path;
    }
}
