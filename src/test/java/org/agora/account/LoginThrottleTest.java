package org.agora.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.agora.account.LoginThrottle.Pause;
import org.junit.jupiter.api.Test;

/** The throttle's arithmetic, on a clock the test moves; SignInThrottleTest runs it over HTTP. */
class LoginThrottleTest {

    /** A clock the test moves by hand. */
    static final class ManualClock extends Clock {
        private Instant now = Instant.parse("2026-11-27T08:00:00Z");

        void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    }

    private static final Optional<String> NO_DEVICE = Optional.empty();
    private static final Optional<String> OWNERS_LAPTOP = Optional.of("device-of-the-owner");

    private final ManualClock clock = new ManualClock();
    private final LoginThrottle throttle = new LoginThrottle(clock);

    private static LoginClient client(int browser, String address) {
        return new LoginClient("browser-" + browser, address);
    }

    @Test
    void strangers_failures_from_anywhere_never_pause_the_owners_own_browser() {
        for (int i = 0; i < 200; i++) {
            LoginClient stranger = client(i, "10.0." + (i / 5) + "." + (i % 5));
            if (throttle.pause("ms.keller", stranger, NO_DEVICE).isEmpty()) {
                throttle.failed("ms.keller", stranger, NO_DEVICE);
            }
        }
        assertThat(throttle.pause("ms.keller", client(999, "10.0.0.1"), NO_DEVICE))
                .as("a new browser without the device cookie is a stranger too")
                .isPresent();
        assertThat(throttle.pause("ms.keller", client(999, "10.0.0.1"), OWNERS_LAPTOP))
                .isEmpty();
    }

    @Test
    void one_client_gets_five_guesses_per_name_and_keeps_them_when_it_drops_its_cookies() {
        for (int i = 0; i < 5; i++) {
            assertThat(throttle.pause("Ms.Keller", client(i, "10.0.0.7"), NO_DEVICE))
                    .isEmpty();
            throttle.failed("Ms.Keller", client(i, "10.0.0.7"), NO_DEVICE);
        }
        assertThat(throttle.pause("ms.keller", client(100, "10.0.0.7"), NO_DEVICE))
                .hasValue(Pause.NAME_AND_ADDRESS);
        assertThat(throttle.pause("ms.keller", client(100, "10.0.0.8"), NO_DEVICE))
                .as("another address")
                .isEmpty();
        assertThat(throttle.pause("mr.other", client(100, "10.0.0.7"), NO_DEVICE))
                .as("another name")
                .isEmpty();
        clock.advance(Duration.ofMinutes(14));
        assertThat(throttle.pause("ms.keller", client(100, "10.0.0.7"), NO_DEVICE))
                .isPresent();
        clock.advance(Duration.ofMinutes(1));
        assertThat(throttle.pause("ms.keller", client(100, "10.0.0.7"), NO_DEVICE))
                .isEmpty();
    }

    /**
     * One guess, then, just before fifteen minutes are over, guessing as fast as allowed for three
     * hours (the burst that fixed windows let through at a window's end): in no fifteen minutes
     * more than five guesses.
     */
    @Test
    void no_fifteen_minutes_hold_more_than_five_guesses_at_one_account_from_one_client() {
        List<Instant> guesses = new ArrayList<>();
        LoginClient script = client(1, "10.0.0.9");
        throttle.failed("ms.keller", script, NO_DEVICE);
        guesses.add(clock.instant());
        clock.advance(Duration.ofMinutes(14).plusSeconds(50));
        for (int second = 0; second < 3 * 3600; second += 10) {
            if (throttle.pause("ms.keller", script, NO_DEVICE).isEmpty()) {
                throttle.failed("ms.keller", script, NO_DEVICE);
                guesses.add(clock.instant());
            }
            clock.advance(Duration.ofSeconds(10));
        }
        assertThat(guesses).hasSizeGreaterThan(5);
        for (int i = 0; i + 5 < guesses.size(); i++) {
            assertThat(Duration.between(guesses.get(i), guesses.get(i + 5)))
                    .as("the sixth guess after guess " + i)
                    .isGreaterThanOrEqualTo(LoginThrottle.WINDOW);
        }
        assertThat(guesses).as("the long-run rate: 5 per 15 minutes").hasSizeLessThanOrEqualTo(5 * 12 + 5);
    }

    @Test
    void all_strangers_together_get_fifty_guesses_at_one_name_per_fifteen_minutes() {
        for (int i = 0; i < LoginThrottle.PER_NAME; i++) {
            LoginClient stranger = client(i, "192.0.2." + i);
            assertThat(throttle.pause("ms.keller", stranger, NO_DEVICE)).isEmpty();
            throttle.failed("ms.keller", stranger, NO_DEVICE);
        }
        assertThat(throttle.pause("ms.keller", client(500, "198.51.100.1"), NO_DEVICE))
                .hasValue(Pause.NAME_WIDE);
        assertThat(throttle.pause("mr.other", client(500, "198.51.100.1"), NO_DEVICE))
                .isEmpty();
        assertThat(throttle.pause("ms.keller", client(500, "198.51.100.1"), OWNERS_LAPTOP))
                .isEmpty();
    }

    @Test
    void the_owners_browser_gets_five_wrong_passwords_and_then_only_it_pauses() {
        LoginClient laptop = client(1, "10.0.0.7");
        for (int i = 0; i < LoginThrottle.PER_DEVICE; i++) {
            throttle.failed("ms.keller", laptop, OWNERS_LAPTOP);
        }
        assertThat(throttle.pause("ms.keller", laptop, OWNERS_LAPTOP)).hasValue(Pause.DEVICE);
        assertThat(throttle.pause("ms.keller", client(2, "10.0.0.7"), Optional.of("her-phone")))
                .isEmpty();
        assertThat(throttle.pause("ms.keller", client(3, "10.0.0.7"), NO_DEVICE))
                .as("dropping the device cookie buys no more guesses from there")
                .isPresent();
        assertThat(throttle.pause("ms.keller", client(3, "10.0.0.99"), NO_DEVICE))
                .as("the device's failures do not count against the name for strangers elsewhere")
                .isEmpty();
        throttle.succeeded("ms.keller", client(2, "10.0.0.7"), Optional.of("her-phone"));
        assertThat(throttle.pause("ms.keller", laptop, OWNERS_LAPTOP)).isPresent();
    }

    @Test
    void a_success_clears_what_that_client_did_for_the_name() {
        for (int i = 0; i < 5; i++) {
            throttle.failed("ana", client(1, "10.0.0.7"), NO_DEVICE);
        }
        assertThat(throttle.pause("ana", client(1, "10.0.0.7"), NO_DEVICE)).isPresent();
        throttle.succeeded("ana", client(1, "10.0.0.7"), OWNERS_LAPTOP);
        assertThat(throttle.pause("ana", client(1, "10.0.0.7"), NO_DEVICE)).isEmpty();
    }

    @Test
    void five_wrong_passwords_from_one_browser_pause_that_browser_whatever_names_it_tries() {
        LoginClient laptop = client(1, null);
        for (int i = 0; i < 5; i++) {
            throttle.failed("guess-" + i, laptop, NO_DEVICE);
        }
        assertThat(throttle.pause("ms.keller", laptop, NO_DEVICE)).hasValue(Pause.BROWSER);
        assertThat(throttle.pause("ms.keller", client(2, null), NO_DEVICE)).isEmpty();
        clock.advance(Duration.ofMinutes(15));
        assertThat(throttle.pause("ms.keller", laptop, NO_DEVICE)).isEmpty();
    }

    @Test
    void a_school_behind_one_address_gets_thirty_failures_before_strangers_from_there_pause() {
        for (int i = 0; i < LoginThrottle.PER_ADDRESS - 1; i++) {
            throttle.failed("name-" + i, client(i, "203.0.113.9"), NO_DEVICE);
        }
        LoginClient colleague = client(1000, "203.0.113.9");
        assertThat(throttle.pause("mr.other", colleague, NO_DEVICE)).isEmpty();
        throttle.failed("name-last", client(999, "203.0.113.9"), NO_DEVICE);
        assertThat(throttle.pause("mr.other", colleague, NO_DEVICE)).hasValue(Pause.ADDRESS);
        assertThat(throttle.pause("mr.other", colleague, Optional.of("his-laptop")))
                .as("a colleague's own browser")
                .isEmpty();
        assertThat(throttle.pause("mr.other", client(1000, "198.51.100.1"), NO_DEVICE))
                .isEmpty();
    }
}
