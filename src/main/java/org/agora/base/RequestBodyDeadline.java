package org.agora.base;

import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ValveBase;
import org.apache.coyote.ActionCode;
import org.apache.coyote.InputBuffer;
import org.apache.tomcat.util.net.ApplicationBufferHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Gives every request body a deadline from the request's start, so a client that trickles its
 * body (a byte every few seconds never trips Tomcat's per-read timeout) holds a worker thread
 * for at most the deadline plus one read timeout.
 *
 * <p>It sits in Tomcat, below the servlet API, because not every read of a body passes through
 * a servlet stream: Tomcat itself reads form bodies for {@code getParameter} and drains
 * ("swallows") an unread body after the response. A read after the deadline fails; the request
 * then ends with 408 (or, if the response is already on its way, the connection is cut), and a
 * body the application left unread is never drained: the connection is closed instead.
 *
 * <p>Each request so dropped is logged as one line without the client's address, the first few
 * per client and then at most one a minute: a hostile client can open such sockets in a loop.
 */
public class RequestBodyDeadline extends ValveBase {

    private static final Logger log = LoggerFactory.getLogger(RequestBodyDeadline.class);

    /** Request attribute set once a read of the body came after the deadline. */
    private static final String PASSED = RequestBodyDeadline.class.getName() + ".passed";

    /** Per client address, in memory only. */
    private static final LogOncePerMinute DROPPED = new LogOncePerMinute(3, Clock.systemUTC());

    private final long deadlineNanos;

    public RequestBodyDeadline(Duration deadline) {
        super(true);
        this.deadlineNanos = deadline.toNanos();
    }

    @Override
    public void invoke(Request request, Response response) throws IOException, ServletException {
        org.apache.coyote.Request coyote = request.getCoyoteRequest();
        InputBuffer original = coyote.getInputBuffer();
        Bounded bounded = new Bounded(original, System.nanoTime() + deadlineNanos, request);
        coyote.setInputBuffer(bounded);
        try {
            getNext().invoke(request, response);
        } finally {
            // The coyote request is recycled for the connection's next request: give its buffer back.
            coyote.setInputBuffer(original);
            if (bounded.late) {
                DROPPED.admit(request.getRemoteAddr())
                        .ifPresent(leftOut -> log.warn(
                                "Dropped a request whose body did not arrive within the deadline"
                                        + " (client not logged; {} more from this client left out)",
                                leftOut));
                if (response.isCommitted()) {
                    coyote.action(ActionCode.CLOSE_NOW, null);
                } else {
                    response.reset();
                    response.setStatus(HttpServletResponse.SC_REQUEST_TIMEOUT);
                }
            }
            boolean declaredBody = request.getContentLengthLong() > 0 || request.getHeader("Transfer-Encoding") != null;
            if (declaredBody && !request.isAsyncStarted() && !coyote.isFinished()) {
                // No draining of what the application did not read: that would be an unbounded wait.
                coyote.action(ActionCode.DISABLE_SWALLOW_INPUT, null);
            }
        }
    }

    /**
     * Whether a read of this request's body came after the deadline. Tomcat does not always let
     * the failure through (a form read for its parameters just loses its fields), so code that
     * must not go on with such a request asks here.
     */
    public static boolean passed(ServletRequest request) {
        return Boolean.TRUE.equals(request.getAttribute(PASSED));
    }

    /** The connection's input, refusing to read once the deadline has passed. */
    private static final class Bounded implements InputBuffer {

        private final InputBuffer in;
        private final long deadline;
        private final Request request;
        private volatile boolean late;

        Bounded(InputBuffer in, long deadline, Request request) {
            this.in = in;
            this.deadline = deadline;
            this.request = request;
        }

        @Override
        public int doRead(ApplicationBufferHandler handler) throws IOException {
            check();
            int n = in.doRead(handler);
            check();
            return n;
        }

        private void check() throws IOException {
            if (System.nanoTime() - deadline > 0) {
                late = true;
                request.setAttribute(PASSED, Boolean.TRUE);
                throw new BodyTooSlowException();
            }
        }

        @Override
        public int available() {
            return in.available();
        }
    }

    /** The client took longer than the deadline to send its body. */
    static final class BodyTooSlowException extends IOException {
        BodyTooSlowException() {
            super("Request body not received within the deadline");
        }
    }
}
