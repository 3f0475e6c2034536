package org.agora.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.OptionalLong;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The first few lines per client are logged, then one a minute that counts the rest. */
class LogOncePerMinuteTest {

    private Instant now = Instant.parse("2026-12-02T08:00:00Z");
    private final Clock clock = new Clock() {
        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    };

    @Test
    void three_lines_then_one_a_minute_per_client_counting_what_was_left_out() {
        LogOncePerMinute lines = new LogOncePerMinute(3, clock);

        long logged = IntStream.range(0, 1000)
                .filter(i -> lines.admit("10.0.0.9").isPresent())
                .count();
        assertThat(logged).isEqualTo(3);
        assertThat(lines.admit("10.0.0.10")).as("another client").hasValue(0);

        now = now.plus(Duration.ofSeconds(59));
        assertThat(lines.admit("10.0.0.9")).isEmpty();
        now = now.plus(Duration.ofSeconds(1));
        assertThat(lines.admit("10.0.0.9"))
                .as("a minute after the last logged line")
                .isEqualTo(OptionalLong.of(998));
        assertThat(lines.admit("10.0.0.9")).isEmpty();
    }
}
