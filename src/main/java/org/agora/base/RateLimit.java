package org.agora.base;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Counts events per key in fixed windows: at most {@code limit} events in the {@code window}
 * that starts with a key's first event. Memory stays bounded: windows that are over are
 * dropped once many keys are tracked.
 */
public final class RateLimit {

    private static final int MAX_TRACKED = 10_000;

    private record Window(int count, Instant start) {}

    private final int limit;
    private final Duration window;
    private final Clock clock;
    private final Map<String, Window> windows = new ConcurrentHashMap<>();

    public RateLimit(int limit, Duration window, Clock clock) {
        this.limit = limit;
        this.window = window;
        this.clock = clock;
    }

    /** True when {@code key} has used up its events in its current window. */
    public boolean exhausted(String key) {
        Window w = windows.get(key);
        return w != null && w.count() >= limit && isOpen(w, clock.instant());
    }

    public void record(String key) {
        Instant now = clock.instant();
        if (windows.size() >= MAX_TRACKED) {
            windows.values().removeIf(w -> !isOpen(w, now));
        }
        windows.merge(
                key,
                new Window(1, now),
                (old, first) -> isOpen(old, now) ? new Window(old.count() + 1, old.start()) : first);
    }

    public void forget(String key) {
        windows.remove(key);
    }

    private boolean isOpen(Window w, Instant now) {
        return now.isBefore(w.start().plus(window));
    }
}
