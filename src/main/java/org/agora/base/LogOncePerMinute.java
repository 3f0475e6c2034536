package org.agora.base;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Keeps one client from flooding the log with one kind of line: per key (a client's address,
 * say) the first {@code firstFew} occurrences are logged, then at most one a minute, which can
 * tell how many were left out. Memory stays bounded: keys quiet for a minute are dropped once
 * many are tracked. Keys are held in memory only and are never logged.
 */
public final class LogOncePerMinute {

    static final Duration MINUTE = Duration.ofMinutes(1);
    private static final int MAX_TRACKED = 10_000;

    /** {@code logged}: whether the occurrence just counted is to be logged. */
    private record Seen(long count, Instant lastLogged, long leftOut, boolean logged, long leftOutBefore) {}

    private final int firstFew;
    private final Clock clock;
    private final Map<String, Seen> seen = new ConcurrentHashMap<>();

    public LogOncePerMinute(int firstFew, Clock clock) {
        this.firstFew = firstFew;
        this.clock = clock;
    }

    /**
     * Counts one occurrence for {@code key}. Empty when it should not be logged; otherwise how
     * many occurrences for that key were left out since the last one logged.
     */
    public OptionalLong admit(String key) {
        Instant now = clock.instant();
        if (seen.size() >= MAX_TRACKED) {
            seen.values().removeIf(s -> !now.isBefore(s.lastLogged().plus(MINUTE)));
        }
        Seen after = seen.compute(String.valueOf(key), (k, old) -> next(old, now));
        return after.logged() ? OptionalLong.of(after.leftOutBefore()) : OptionalLong.empty();
    }

    private Seen next(Seen old, Instant now) {
        if (old == null) {
            return new Seen(1, now, 0, true, 0);
        }
        long count = old.count() + 1;
        if (count <= firstFew || !now.isBefore(old.lastLogged().plus(MINUTE))) {
            return new Seen(count, now, 0, true, old.leftOut());
        }
        return new Seen(count, old.lastLogged(), old.leftOut() + 1, false, 0);
    }
}
