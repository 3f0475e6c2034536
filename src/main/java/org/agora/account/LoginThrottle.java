package org.agora.account;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

/**
 * Slows down password guessing: after {@link #MAX_FAILURES} wrong passwords for one username
 * within {@link #WINDOW}, that username cannot sign in until {@link #PAUSE} has passed since the
 * last failure. Counted per username, not per address: a school shares one address.
 */
@Component
public class LoginThrottle {

    static final int MAX_FAILURES = 5;
    static final Duration WINDOW = Duration.ofMinutes(15);
    static final Duration PAUSE = Duration.ofMinutes(5);
    /** Bounds the memory an attacker can make us use with made-up usernames. */
    private static final int MAX_TRACKED = 10_000;

    private record Failures(int count, Instant first, Instant last) {
    }

    private final Map<String, Failures> failures = new ConcurrentHashMap<>();
    private final Clock clock;

    LoginThrottle(Clock clock) {
        this.clock = clock;
    }

    public boolean isBlocked(String username) {
        Failures f = failures.get(key(username));
        return f != null && f.count() >= MAX_FAILURES && clock.instant().isBefore(f.last().plus(PAUSE));
    }

    void failed(String username) {
        Instant now = clock.instant();
        if (failures.size() >= MAX_TRACKED) {
            failures.values().removeIf(f -> f.last().plus(WINDOW).isBefore(now));
        }
        failures.merge(key(username), new Failures(1, now, now), (old, one) -> old.first().plus(WINDOW).isBefore(now)
                ? one : new Failures(old.count() + 1, old.first(), now));
    }

    void succeeded(String username) {
        failures.remove(key(username));
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
