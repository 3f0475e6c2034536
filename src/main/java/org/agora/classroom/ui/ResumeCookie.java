package org.agora.classroom.ui;

import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.VaadinSession;
import jakarta.servlet.http.Cookie;
import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;
import org.agora.base.SessionOccupant;

/**
 * Where a student's browser keeps its resume token: an HTTP-only cookie that outlives the
 * server session and restarts, plus the Vaadin session for the request that just set it.
 */
final class ResumeCookie {

    static final String NAME = "agora-resume";
    private static final Duration LIFETIME = Duration.ofDays(30);

    private ResumeCookie() {}

    /**
     * The browser's token. A token written during this very request comes first (the request
     * still carries the old cookie, perhaps another student's on a shared computer); then the
     * cookie; the Vaadin session last, for the moment before the browser sends the new cookie.
     */
    static Optional<String> read() {
        VaadinRequest request = VaadinRequest.getCurrent();
        if (request != null && request.getAttribute(NAME) instanceof String written) {
            return Optional.of(written);
        }
        if (request != null && request.getCookies() != null) {
            Optional<String> cookie = Arrays.stream(request.getCookies())
                    .filter(c -> NAME.equals(c.getName()))
                    .map(Cookie::getValue)
                    .filter(v -> !v.isEmpty())
                    .findFirst();
            if (cookie.isPresent()) {
                return cookie;
            }
        }
        VaadinSession session = VaadinSession.getCurrent();
        if (session != null && session.getAttribute(NAME) instanceof String token) {
            return Optional.of(token);
        }
        return Optional.empty();
    }

    /** "Not you?" on a shared computer: this browser forgets the student. */
    static void forget() {
        VaadinRequest request = VaadinRequest.getCurrent();
        if (request != null) {
            request.removeAttribute(NAME);
        }
        VaadinSession session = VaadinSession.getCurrent();
        if (session != null) {
            session.setAttribute(NAME, null);
        }
        addCookie("", 0);
    }

    static void write(String token) {
        VaadinRequest request = VaadinRequest.getCurrent();
        if (request != null) {
            request.setAttribute(NAME, token);
        }
        VaadinSession session = VaadinSession.getCurrent();
        if (session != null) {
            session.setAttribute(NAME, token);
            SessionOccupant.studentHere(session.getSession());
        }
        addCookie(token, (int) LIFETIME.toSeconds());
    }

    private static void addCookie(String value, int maxAgeSeconds) {
        VaadinResponse response = VaadinResponse.getCurrent();
        if (response != null) {
            Cookie cookie = new Cookie(NAME, value);
            cookie.setPath(contextPath());
            cookie.setHttpOnly(true);
            VaadinRequest request = VaadinRequest.getCurrent();
            cookie.setSecure(request != null && request.isSecure());
            cookie.setMaxAge(maxAgeSeconds);
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
