package org.agora.account;

import java.time.Clock;
import java.time.Duration;
import java.util.Locale;

import org.agora.base.RateLimit;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

/**
 * Slows down password guessing: after {@link #MAX_FAILURES} wrong passwords for one username,
 * that username cannot sign in until {@link #WINDOW} after the first of them has passed.
 * Counted per username, not per address: a school shares one address.
 */
@Component
public class LoginThrottle {

    static final int MAX_FAILURES = 5;
    static final Duration WINDOW = Duration.ofMinutes(10);

    private final RateLimit failures;

    LoginThrottle(Clock clock) {
        this.failures = new RateLimit(MAX_FAILURES, WINDOW, clock);
    }

    public boolean isBlocked(String username) {
        return failures.exhausted(key(username));
    }

    void failed(String username) {
        failures.record(key(username));
    }

    void succeeded(String username) {
        failures.forget(key(username));
    }

    @EventListener
    void on(AuthenticationFailureBadCredentialsEvent event) {
        failed(event.getAuthentication().getName());
    }

    @EventListener
    void on(AuthenticationSuccessEvent event) {
        succeeded(event.getAuthentication().getName());
    }

    private static String key(String username) {
        return username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
    }
}
