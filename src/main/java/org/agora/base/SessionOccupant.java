package org.agora.base;

import com.vaadin.flow.server.WrappedSession;
import jakarta.servlet.http.HttpSession;
import java.util.function.Function;

/**
 * Whether a browser session holds someone: a signed-in staff member (Spring Security's context
 * in the session) or a student whose place was found. A session that holds nobody costs the
 * server memory for a stranger, so it is kept short and few (see {@link EmptySessionLimit}).
 */
public final class SessionOccupant {

    /** Spring Security's session attribute (HttpSessionSecurityContextRepository's key). */
    static final String STAFF = "SPRING_SECURITY_CONTEXT";

    static final String STUDENT = "org.agora.session.student";

    private SessionOccupant() {}

    /** Marks the session as a student's, once their join or resume token was found valid. */
    public static void studentHere(WrappedSession session) {
        if (session != null && session.getAttribute(STUDENT) == null) {
            session.setAttribute(STUDENT, Boolean.TRUE);
        }
    }

    public static boolean holdsSomeone(WrappedSession session) {
        return session != null && holdsSomeone(session::getAttribute);
    }

    static boolean holdsSomeone(HttpSession session) {
        return holdsSomeone(session::getAttribute);
    }

    private static boolean holdsSomeone(Function<String, Object> attribute) {
        return attribute.apply(STAFF) != null || attribute.apply(STUDENT) != null;
    }
}
