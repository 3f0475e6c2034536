package org.agora.account;

import java.time.Clock;
import java.time.Duration;
import org.agora.base.RateLimit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Logs sign-ins refused by a pause in one short line each, without stack trace, name or address;
 * a client that keeps trying gets its first {@link #FIRST_FEW} lines, then at most one a minute,
 * so that a guessing script cannot flood the log.
 */
@Component
class PausedSignInLog {

    static final int FIRST_FEW = 3;
    static final Duration FIRST_FEW_WINDOW = LoginThrottle.WINDOW;
    static final Duration THEN_EVERY = Duration.ofMinutes(1);

    private static final Logger log = LoggerFactory.getLogger(PausedSignInLog.class);

    private final RateLimit firstFew;
    private final RateLimit thenEvery;

    PausedSignInLog(Clock clock) {
        this.firstFew = new RateLimit(FIRST_FEW, FIRST_FEW_WINDOW, clock);
        this.thenEvery = new RateLimit(1, THEN_EVERY, clock);
    }

    void refused(LoginThrottle.Pause pause, LoginClient client) {
        String key = client.address() != null ? client.address() : String.valueOf(client.browser());
        if (!firstFew.exhausted(key)) {
            firstFew.record(key);
        } else if (!thenEvery.exhausted(key)) {
            thenEvery.record(key);
        } else {
            return;
        }
        log.warn(
                "Sign-in refused unchecked: guessing pause per {} in force (more from this client are logged at most "
                        + "once a minute)",
                pause.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' '));
    }
}
