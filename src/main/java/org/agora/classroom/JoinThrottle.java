package org.agora.classroom;

import java.time.Clock;
import java.time.Duration;
import org.agora.base.RateLimit;
import org.springframework.stereotype.Component;

/**
 * Slows down guessing of join codes: a browser gets {@link #PER_BROWSER} wrong codes a minute.
 * A whole school may share one address, so an address gets many more.
 */
@Component
class JoinThrottle {

    static final int PER_BROWSER = 10;
    static final int PER_ADDRESS = 200;
    static final Duration WINDOW = Duration.ofMinutes(1);

    private final RateLimit browsers;
    private final RateLimit addresses;

    JoinThrottle(Clock clock) {
        this.browsers = new RateLimit(PER_BROWSER, WINDOW, clock);
        this.addresses = new RateLimit(PER_ADDRESS, WINDOW, clock);
    }

    boolean isBlocked(JoinClient client) {
        return client.browser() != null && browsers.exhausted(client.browser())
                || client.address() != null && addresses.exhausted(client.address());
    }

    void wrongCode(JoinClient client) {
        if (client.browser() != null) {
            browsers.record(client.browser());
        }
        if (client.address() != null) {
            addresses.record(client.address());
        }
    }
}
