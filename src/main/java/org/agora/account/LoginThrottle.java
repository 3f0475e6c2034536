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
 * Slows down password guessing. After {@link #PER_NAME} wrong passwords for one username, or
 * {@link #PER_BROWSER} from one browser, sign-in pauses for them until {@link #WINDOW} after
 * the first failure. A whole school may share one network address, so an address gets
 * {@link #PER_ADDRESS}: a class mistyping cannot lock the teachers out, a script still can't
 * guess from there.
 */
@Component
public class LoginThrottle {

    static final int PER_NAME = 5;
    static final int PER_BROWSER = 5;
    static final int PER_ADDRESS = 30;
    static final Duration WINDOW = Duration.ofMinutes(15);

    private final RateLimit names;
    private final RateLimit browsers;
    private final RateLimit addresses;

    LoginThrottle(Clock clock) {
        this.names = new RateLimit(PER_NAME, WINDOW, clock);
        this.browsers = new RateLimit(PER_BROWSER, WINDOW, clock);
        this.addresses = new RateLimit(PER_ADDRESS, WINDOW, clock);
    }

    boolean isBlocked(String username, LoginClient client) {
        return names.exhausted(key(username))
                || client.browser() != null && browsers.exhausted(client.browser())
                || client.address() != null && addresses.exhausted(client.address());
    }

    void failed(String username, LoginClient client) {
        names.record(key(username));
        if (client.browser() != null) {
            browsers.record(client.browser());
        }
        if (client.address() != null) {
            addresses.record(client.address());
        }
    }

    /** A right password clears the name and the browser; the address keeps its count. */
    void succeeded(String username, LoginClient client) {
        names.forget(key(username));
        if (client.browser() != null) {
            browsers.forget(client.browser());
        }
    }

    @EventListener
    void on(AuthenticationFailureBadCredentialsEvent event) {
        failed(event.getAuthentication().getName(), LoginClient.current());
    }

    @EventListener
    void on(AuthenticationSuccessEvent event) {
        succeeded(event.getAuthentication().getName(), LoginClient.current());
    }

    private static String key(String username) {
        return username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
    }
}
