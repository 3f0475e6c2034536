package org.agora.classroom;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.agora.AgoraTest;
import org.agora.LoopbackMachine;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A student's script guessing join codes gets no more tries by claiming, in forwarded headers,
 * a new address for every try: with no trusted proxy named, the server keys the throttle on the
 * address the connection comes from. Each run comes from a loopback address of its own and
 * ends within the throttle's minute; the counts are the figure the README gives.
 */
class ForgedAddressJoinTest extends AgoraTest {

    /** Enough to use up one address's minute and then some, in well under that minute. */
    private static final int TRIES = JoinThrottle.PER_ADDRESS + 2 * JoinThrottle.PER_BROWSER;

    @LocalServerPort
    int port;

    @Test
    void a_new_forged_address_for_every_wrong_code_buys_no_extra_tries() throws Exception {
        CodeGuesser.Tally plain = guessWithin(new CodeGuesser(new LoopbackMachine(41, port), Map::of));

        AtomicInteger forged = new AtomicInteger();
        CodeGuesser.Tally disguised = guessWithin(new CodeGuesser(new LoopbackMachine(42, port), () -> {
            int n = forged.incrementAndGet();
            return Map.of(
                    "X-Forwarded-For", "10.66." + (n / 250) + "." + (n % 250 + 1),
                    "Forwarded", "for=10.77." + (n / 250) + "." + (n % 250 + 1));
        }));

        System.out.printf(
                "Wrong join codes from one client in a minute, out of %d tried: %d answered without forged"
                        + " headers, %d with a new forged address for every request%n",
                TRIES, plain.answered(), disguised.answered());
        assertThat(plain.answered()).isEqualTo(JoinThrottle.PER_ADDRESS);
        assertThat(plain.throttled()).isEqualTo(TRIES - JoinThrottle.PER_ADDRESS);
        assertThat(disguised).isEqualTo(plain);
    }

    /** Not a speed check: past the throttle's window an address starts afresh, and a count would mean nothing. */
    private static CodeGuesser.Tally guessWithin(CodeGuesser guesser) throws Exception {
        long start = System.nanoTime();
        CodeGuesser.Tally tally = guesser.tryCodes(TRIES);
        assertThat(Duration.ofNanos(System.nanoTime() - start))
                .as("the tries fit in the throttle's window")
                .isLessThan(JoinThrottle.WINDOW);
        return tally;
    }
}
