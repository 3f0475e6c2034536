package org.agora.base;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionListener;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Bounds the browser sessions one client address holds that hold nobody (no student, no staff,
 * see {@link SessionOccupant}): a client that never sends its cookie back opens a new session,
 * with a start page of about 35 KiB, on every request. Such a session gets a short idle timeout
 * instead of the lesson-long one, and beyond {@code agora.empty-sessions-per-address} of them the
 * address's oldest is ended. A whole school shares one address, so the number is what the heap
 * allows, not what a single visitor needs; once a student joins or staff sign in the session
 * leaves this count and gets the normal timeout back.
 */
@Component
public class EmptySessionLimit extends OncePerRequestFilter implements HttpSessionListener {

    private static final String ADDRESS = "org.agora.session.empty-from";

    private final int perAddress;
    private final int emptyTimeoutSeconds;
    private final Map<String, Deque<HttpSession>> byAddress = new HashMap<>();

    public EmptySessionLimit(
            @Value("${agora.empty-sessions-per-address:150}") int perAddress,
            @Value("${agora.empty-session-timeout:10m}") Duration emptyTimeout) {
        this.perAddress = perAddress;
        this.emptyTimeoutSeconds = (int) emptyTimeout.toSeconds();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            chain.doFilter(request, response);
        } finally {
            HttpSession session = request.getSession(false);
            if (session != null) {
                account(session, request.getRemoteAddr());
            }
        }
    }

    private void account(HttpSession session, String address) {
        List<HttpSession> ended = new ArrayList<>();
        try {
            Object from = session.getAttribute(ADDRESS);
            if (from == null && session.isNew() && !SessionOccupant.holdsSomeone(session)) {
                session.setAttribute(ADDRESS, address);
                session.setMaxInactiveInterval(emptyTimeoutSeconds);
                synchronized (byAddress) {
                    Deque<HttpSession> empty = byAddress.computeIfAbsent(address, a -> new ArrayDeque<>());
                    empty.addLast(session);
                    empty.removeIf(EmptySessionLimit::nowHeldOrGone);
                    while (empty.size() > perAddress) {
                        ended.add(empty.removeFirst());
                    }
                }
            } else if (from instanceof String fromAddress && SessionOccupant.holdsSomeone(session)) {
                session.removeAttribute(ADDRESS);
                session.setMaxInactiveInterval(session.getServletContext().getSessionTimeout() * 60);
                forget(fromAddress, session);
            }
        } catch (IllegalStateException invalidated) {
            // The request ended its own session (a sign-out): nothing is left to count.
        }
        ended.forEach(EmptySessionLimit::end);
    }

    private static boolean nowHeldOrGone(HttpSession session) {
        try {
            return SessionOccupant.holdsSomeone(session);
        } catch (IllegalStateException invalidated) {
            return true;
        }
    }

    private static void end(HttpSession session) {
        try {
            session.invalidate();
        } catch (IllegalStateException alreadyEnded) {
            // Ended meanwhile.
        }
    }

    private void forget(String address, HttpSession session) {
        synchronized (byAddress) {
            Deque<HttpSession> empty = byAddress.get(address);
            if (empty != null) {
                empty.removeIf(s -> s.getId().equals(session.getId()));
                if (empty.isEmpty()) {
                    byAddress.remove(address);
                }
            }
        }
    }

    @Override
    public void sessionDestroyed(HttpSessionEvent event) {
        if (event.getSession().getAttribute(ADDRESS) instanceof String address) {
            forget(address, event.getSession());
        }
    }

    /** Empty sessions this address holds now (for tests and the figures). */
    int emptyFrom(String address) {
        synchronized (byAddress) {
            Deque<HttpSession> empty = byAddress.get(address);
            return empty == null ? 0 : empty.size();
        }
    }
}
