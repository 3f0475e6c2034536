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

    @Test
    void five_wrong_passwords_pause_that_name_until_ten_minutes_after_the_first_and_a_success_resets() {
        ManualClock clock = new ManualClock();
        LoginThrottle throttle = new LoginThrottle(clock);
        for (int i = 0; i < 4; i++) {
            throttle.failed("Ms.Keller");
        }
        assertThat(throttle.isBlocked("ms.keller")).isFalse();
        throttle.failed("ms.keller");
        assertThat(throttle.isBlocked("ms.keller")).isTrue();
        assertThat(throttle.isBlocked("mr.other")).isFalse();
        clock.advance(Duration.ofMinutes(9));
        assertThat(throttle.isBlocked("ms.keller")).isTrue();
        clock.advance(Duration.ofMinutes(1));
        assertThat(throttle.isBlocked("ms.keller")).isFalse();

        for (int i = 0; i < 5; i++) {
            throttle.failed("ms.keller");
        }
        assertThat(throttle.isBlocked("ms.keller")).isTrue();
        throttle.succeeded("ms.keller");
        assertThat(throttle.isBlocked("ms.keller")).isFalse();
    }

    @Test
    void failures_spread_over_more_than_the_window_do_not_add_up() {
        ManualClock clock = new ManualClock();
        LoginThrottle throttle = new LoginThrottle(clock);
        for (int i = 0; i < 4; i++) {
            throttle.failed("ana");
        }
        clock.advance(Duration.ofMinutes(11));
        throttle.failed("ana");
        assertThat(throttle.isBlocked("ana")).isFalse();
    }

    @Test
    void the_app_counts_failed_sign_ins_and_then_refuses_the_name_before_checking_a_password() {
        String name = "throttled-" + System.nanoTime();
        var attempt = new UsernamePasswordAuthenticationToken(name, "wrong", List.of());
        for (int i = 0; i < LoginThrottle.MAX_FAILURES; i++) {
            events.publishEvent(new AuthenticationFailureBadCredentialsEvent(attempt, new BadCredentialsException("x")));
        }
        assertThatThrownBy(() -> users.loadUserByUsername(name)).isInstanceOf(LockedException.class);
        assertThatThrownBy(() -> users.loadUserByUsername("admin-" + System.nanoTime()))
                .isNotInstanceOf(LockedException.class);
    }
}
