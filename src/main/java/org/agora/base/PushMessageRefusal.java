package org.agora.base;

import java.io.IOException;
import org.atmosphere.cpr.Action;
import org.atmosphere.cpr.ApplicationConfig;
import org.atmosphere.cpr.AtmosphereConfig;
import org.atmosphere.cpr.AtmosphereInterceptor;
import org.atmosphere.cpr.AtmosphereRequest;
import org.atmosphere.cpr.AtmosphereRequestImpl;
import org.atmosphere.cpr.AtmosphereResource;
import org.atmosphere.cpr.AtmosphereResourceImpl;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Refuses every message a client sends through Vaadin's push connection, and closes that
 * connection. Agora's pages push with {@code WEBSOCKET_XHR}: the server writes to the socket, the
 * browser sends its own messages by HTTP, where the servlet filters ({@link RequestBodyLimit},
 * {@link AnonymousMessageLimit}) bound them. Flow would still handle a message arriving on the
 * socket (or posted to the push address), joining websocket messages into one of whatever length
 * the client declares, with no filter on the way: a stranger could make the server hold megabytes.
 * A text of one character at most (Atmosphere's heartbeat) carries nothing and passes.
 * Registered with Atmosphere by {@link PushMessageRefusalRegistration}.
 */
public class PushMessageRefusal implements AtmosphereInterceptor {

    private static final Logger LOG = LoggerFactory.getLogger(PushMessageRefusal.class);
    /** The websocket close code for a message the endpoint's policy forbids. */
    private static final int POLICY_VIOLATION = 1008;

    /**
     * Nothing longer than a heartbeat is taken from the socket, so its buffers for incoming
     * messages need not be Vaadin's 16 KiB: Atmosphere gives each websocket a 16 K-character and
     * a 16 KiB buffer for joining a message's parts (48 KB of heap per student screen, found in a
     * heap dump of the load harness), and Tomcat grows its own two to the same sizes at the first
     * heartbeat. Atmosphere's grow when a longer message comes. Runs after Vaadin set its sizes;
     * each new websocket reads them when it opens.
     */
    @Override
    public void configure(AtmosphereConfig config) {
        config.framework().addInitParameter(ApplicationConfig.WEBSOCKET_BUFFER_SIZE, INCOMING_BUFFER);
        config.framework().addInitParameter(ApplicationConfig.WEBSOCKET_MAXTEXTSIZE, INCOMING_BUFFER);
        config.framework().addInitParameter(ApplicationConfig.WEBSOCKET_MAXBINARYSIZE, INCOMING_BUFFER);
    }

    /** The size of a push websocket's buffers for what the browser sends, in characters or bytes. */
    static final String INCOMING_BUFFER = "1024";

    @Override
    public Action inspect(AtmosphereResource resource) {
        AtmosphereRequest request = resource.getRequest();
        if (!"POST".equalsIgnoreCase(request.getMethod()) || carriesNothing(request)) {
            return Action.CONTINUE;
        }
        LOG.debug("Refused a message sent through the push connection ({})", resource.transport());
        if (resource instanceof AtmosphereResourceImpl impl && impl.webSocket() != null) {
            impl.webSocket().close(POLICY_VIOLATION, "Send messages by HTTP");
        } else {
            try {
                resource.close();
            } catch (IOException alreadyGone) {
                LOG.trace("Push connection already closed", alreadyGone);
            }
        }
        return Action.CANCELLED;
    }

    /** A websocket message of at most one character, or an HTTP body of at most one byte. */
    private static boolean carriesNothing(AtmosphereRequest request) {
        AtmosphereRequestImpl.Body body = request.body();
        if (body.hasString()) {
            return body.asString().length() <= 1;
        }
        if (body.hasBytes()) {
            return body.byteLength() <= 1;
        }
        long length = request.getContentLengthLong();
        return length >= 0 && length <= 1;
    }

    @Override
    public void postInspect(AtmosphereResource resource) {
        // Nothing after the handler.
    }

    @Override
    public void destroy() {
        // Nothing held.
    }
}
