package org.agora.base;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * At most {@code limit} events per key in any span of {@code window} (unlike {@link RateLimit},
 * whose fixed windows let twice the limit through around a window's end). Keeps the last
 * {@code limit} moments of each key; keys whose moments are all older than the window are
 * dropped once many keys are tracked.
 */
public final class SlidingLimit {

    private static final int MAX_TRACKED = 10_000;

    private final int limit;
    private final Duration window;
    private final Clock clock;
    private final Map<String, Deque<Instant>> events = new ConcurrentHashMap<>();

    public SlidingLimit(int limit, Duration window, Clock clock) {
        this.limit = limit;
        this.window = window;
        this.clock = clock;
    }

    /** True when {@code key} had {@code limit} events in the last {@code window}. */
    public boolean exhausted(String key) {
        Deque<Instant> moments = events.get(key);
        if (moments == null) {
            return false;
        }
        Instant since = clock.instant().minus(window);
        synchronized (moments) {
            return moments.size() >= limit && moments.peekFirst().isAfter(since);
        }
    }

    public void record(String key) {
        Instant now = clock.instant();
        if (events.size() >= MAX_TRACKED) {
            Instant since = now.minus(window);
            events.values().removeIf(moments -> {
                synchronized (moments) {
                    return moments.isEmpty() || !moments.peekLast().isAfter(since);
                }
            });
        }
        Deque<Instant> moments = events.computeIfAbsent(key, k -> new ArrayDeque<>(limit + 1));
        synchronized (moments) {
            moments.addLast(now);
            while (moments.size() > limit) {
                moments.removeFirst();
            }
        }
    }

    public void forget(String key) {
        events.remove(key);
    }
}
