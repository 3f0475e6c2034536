package org.agora.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.agora.AgoraTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.core.userdetails.UserDetailsService;

class LoginThrottleTest extends AgoraTest {

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

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    UserDetailsService users;

    private static final LoginClient LAPTOP = new LoginClient("browser-1", "10.0.0.7");

    @Test
    void five_wrong_passwords_pause_that_name_until_fifteen_minutes_after_the_first_and_a_success_resets() {
        ManualClock clock = new ManualClock();
        LoginThrottle throttle = new LoginThrottle(clock);
        for (int i = 0; i < 4; i++) {
            throttle.failed("Ms.Keller", new LoginClient("browser-" + i, "10.0.0." + i));
        }
        assertThat(throttle.isBlocked("ms.keller", LAPTOP)).isFalse();
        throttle.failed("ms.keller", new LoginClient("browser-4", "10.0.0.4"));
        assertThat(throttle.isBlocked("ms.keller", LAPTOP)).isTrue();
        assertThat(throttle.isBlocked("mr.other", LAPTOP)).isFalse();
        clock.advance(Duration.ofMinutes(14));
        assertThat(throttle.isBlocked("ms.keller", LAPTOP)).isTrue();
        clock.advance(Duration.ofMinutes(1));
        assertThat(throttle.isBlocked("ms.keller", LAPTOP)).isFalse();

        for (int i = 0; i < 5; i++) {
            throttle.failed("ms.keller", LoginClient.UNKNOWN);
        }
        assertThat(throttle.isBlocked("ms.keller", LAPTOP)).isTrue();
        throttle.succeeded("ms.keller", LAPTOP);
        assertThat(throttle.isBlocked("ms.keller", LAPTOP)).isFalse();
    }

    @Test
    void five_wrong_passwords_from_one_browser_pause_that_browser_whatever_names_it_tries() {
        ManualClock clock = new ManualClock();
        LoginThrottle throttle = new LoginThrottle(clock);
        for (int i = 0; i < 5; i++) {
            throttle.failed("guess-" + i, LAPTOP);
        }
        assertThat(throttle.isBlocked("ms.keller", LAPTOP)).isTrue();
        assertThat(throttle.isBlocked("ms.keller", new LoginClient("browser-2", LAPTOP.address())))
                .isFalse();
        clock.advance(Duration.ofMinutes(15));
        assertThat(throttle.isBlocked("ms.keller", LAPTOP)).isFalse();
    }

    @Test
    void a_school_behind_one_address_gets_thirty_failures_before_the_address_pauses() {
        ManualClock clock = new ManualClock();
        LoginThrottle throttle = new LoginThrottle(clock);
        for (int i = 0; i < LoginThrottle.PER_ADDRESS - 1; i++) {
            throttle.failed("name-" + i, new LoginClient("browser-" + i, "203.0.113.9"));
        }
        LoginClient colleague = new LoginClient("browser-new", "203.0.113.9");
        assertThat(throttle.isBlocked("mr.other", colleague)).isFalse();
        throttle.failed("name-last", new LoginClient("browser-last", "203.0.113.9"));
        assertThat(throttle.isBlocked("mr.other", colleague)).isTrue();
        assertThat(throttle.isBlocked("mr.other", new LoginClient("browser-new", "198.51.100.1")))
                .isFalse();
    }

    @Test
    void failures_spread_over_more_than_the_window_do_not_add_up() {
        ManualClock clock = new ManualClock();
        LoginThrottle throttle = new LoginThrottle(clock);
        for (int i = 0; i < 4; i++) {
            throttle.failed("ana", LAPTOP);
        }
        clock.advance(Duration.ofMinutes(16));
        throttle.failed("ana", LAPTOP);
        assertThat(throttle.isBlocked("ana", LAPTOP)).isFalse();
    }

    @Test
    void the_app_counts_failed_sign_ins_and_then_refuses_the_name_before_checking_a_password() {
        String name = "throttled-" + System.nanoTime();
        var attempt = new UsernamePasswordAuthenticationToken(name, "wrong", List.of());
        for (int i = 0; i < LoginThrottle.PER_NAME; i++) {
            events.publishEvent(
                    new AuthenticationFailureBadCredentialsEvent(attempt, new BadCredentialsException("x")));
        }
        assertThatThrownBy(() -> users.loadUserByUsername(name)).isInstanceOf(LockedException.class);
        assertThatThrownBy(() -> users.loadUserByUsername("admin-" + System.nanoTime()))
                .isNotInstanceOf(LockedException.class);
    }
}
