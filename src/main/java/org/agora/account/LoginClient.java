package org.agora.account;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Where a sign-in comes from, for slowing down guessing only: the browser (its server
 * session) and its network address. Kept in memory for the throttle's window, never stored.
 */
record LoginClient(String browser, String address) {

    static final LoginClient UNKNOWN = new LoginClient(null, null);

    /** The client of the request this thread is serving, or {@link #UNKNOWN} outside a request. */
    static LoginClient current() {
        if (!(RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes)) {
            return UNKNOWN;
        }
        HttpServletRequest request = attributes.getRequest();
        HttpSession session = request.getSession(false);
        return new LoginClient(session == null ? null : session.getId(), request.getRemoteAddr());
    }
}
