package org.agora.base;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.turbo.TurboFilter;
import ch.qos.logback.core.spi.FilterReply;
import java.time.Clock;
import org.slf4j.Marker;

/**
 * Rewrites the lines of Vaadin and Tomcat that would put a client's address or a cookie's value
 * in the log (decision 0032): the line is dropped and a short one without them is logged in
 * its place, by the same logger at the same level, the first few times per client and then at
 * most once a minute.
 */
public final class VendorLogPrivacy extends TurboFilter {

    static final String VAADIN_UIDL = "com.vaadin.flow.server.communication.UidlRequestHandler";
    static final String TOMCAT_COOKIE = "org.apache.tomcat.util.http.parser.Cookie";
    private static final int FIRST_FEW = 3;

    private final LogOncePerMinute forgedKeys = new LogOncePerMinute(FIRST_FEW, Clock.systemUTC());
    private final LogOncePerMinute badCookies = new LogOncePerMinute(FIRST_FEW, Clock.systemUTC());

    @Override
    public FilterReply decide(Marker marker, Logger logger, Level level, String format, Object[] params, Throwable t) {
        if (format == null) {
            return FilterReply.NEUTRAL;
        }
        String name = logger.getName();
        if (VAADIN_UIDL.equals(name) && format.startsWith("Invalid security key received from")) {
            String client = params != null && params.length > 0 ? String.valueOf(params[0]) : "";
            if (enabled(logger, level)) {
                forgedKeys
                        .admit(client)
                        .ifPresent(leftOut -> log(
                                logger,
                                level,
                                "Refused a Vaadin message with an invalid security key (client not logged; {} more left out)",
                                leftOut));
            }
            return FilterReply.DENY;
        }
        if (TOMCAT_COOKIE.equals(name) && format.startsWith("A cookie header was received")) {
            if (enabled(logger, level)) {
                // Tomcat gives no client here; one budget for all keeps the line rare.
                badCookies
                        .admit("any")
                        .ifPresent(leftOut -> log(
                                logger,
                                level,
                                "Ignored an invalid cookie in a request's cookie header (header not logged; {} more left out)",
                                leftOut));
            }
            return FilterReply.DENY;
        }
        return FilterReply.NEUTRAL;
    }

    private static boolean enabled(Logger logger, Level level) {
        return level.isGreaterOrEqual(logger.getEffectiveLevel());
    }

    private static void log(Logger logger, Level level, String line, long leftOut) {
        switch (level.toInt()) {
            case Level.ERROR_INT -> logger.error(line, leftOut);
            case Level.WARN_INT -> logger.warn(line, leftOut);
            case Level.INFO_INT -> logger.info(line, leftOut);
            case Level.DEBUG_INT -> logger.debug(line, leftOut);
            default -> logger.trace(line, leftOut);
        }
    }
}
