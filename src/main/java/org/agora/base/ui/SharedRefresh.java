package org.agora.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.function.LongFunction;
import java.util.function.Predicate;
import org.agora.base.live.LiveUpdateHub;
import org.agora.base.live.SessionChanged;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What many screens of one class session show alike, read once per change for all of them and
 * handed to each: a thousand student screens cost one read, not a thousand. Changes are coalesced
 * as in {@link LiveRefresh} (at most one read per {@link LiveRefresh#DELAY_MS} per session); the
 * read runs on a worker thread, and each screen is shown the result under its own lock, by server
 * push. A session's subscription to the hub lasts while at least one screen follows it.
 */
public final class SharedRefresh<T> {

    private static final Logger log = LoggerFactory.getLogger(SharedRefresh.class);

    private final LiveUpdateHub hub;
    private final Predicate<SessionChanged> which;
    private final LongFunction<T> load;
    private final ScheduledExecutorService workers;
    private final Executor fanOut;
    private final Map<Long, Feed> feeds = new ConcurrentHashMap<>();

    /**
     * Shows a read on the screens, one task per screen, on as many threads as there are cores:
     * {@code UI.access} draws the screen and writes its push in the calling thread when the
     * screen's lock is free, so a single loop would draw a thousand screens one after another on
     * one core.
     */
    private static final ExecutorService FAN_OUT =
            Executors.newFixedThreadPool(Runtime.getRuntime().availableProcessors(), runnable -> {
                Thread thread = new Thread(runnable, "agora-shared-refresh");
                thread.setDaemon(true);
                return thread;
            });

    private record Screen<T>(UI ui, Consumer<T> show) {}

    /** The screens of one session, and its one subscription to the hub. */
    private final class Feed {
        final long sessionId;
        final Set<Screen<T>> screens = ConcurrentHashMap.newKeySet();
        final AtomicBoolean pending = new AtomicBoolean();
        volatile long lastRead = System.nanoTime() - TimeUnit.MILLISECONDS.toNanos(LiveRefresh.DELAY_MS);
        LiveUpdateHub.Subscription subscription;

        Feed(long sessionId) {
            this.sessionId = sessionId;
        }

        void changed() {
            if (pending.compareAndSet(false, true)) {
                long sinceLast = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - lastRead);
                workers.schedule(this::read, Math.max(0, LiveRefresh.DELAY_MS - sinceLast), TimeUnit.MILLISECONDS);
            }
        }

        private void read() {
            pending.set(false);
            lastRead = System.nanoTime();
            T data;
            try {
                data = load.apply(sessionId);
            } catch (RuntimeException e) {
                log.warn(
                        "A shared live refresh of session {} failed: {}",
                        sessionId,
                        e.getClass().getName());
                return;
            }
            for (Screen<T> screen : screens) {
                fanOut.execute(() -> show(screen, data));
            }
        }

        private void show(Screen<T> screen, T data) {
            try {
                screen.ui().access(() -> screen.show().accept(data));
            } catch (UIDetachedException closed) {
                remove(this, screen);
            }
        }
    }

    /**
     * {@code which} says which changes of a session concern what is shared; {@code load} reads it
     * for a session id.
     */
    public SharedRefresh(LiveUpdateHub hub, Predicate<SessionChanged> which, LongFunction<T> load) {
        this(hub, which, load, LiveRefresh.WORKERS, FAN_OUT);
    }

    SharedRefresh(
            LiveUpdateHub hub,
            Predicate<SessionChanged> which,
            LongFunction<T> load,
            ScheduledExecutorService workers,
            Executor fanOut) {
        this.hub = hub;
        this.which = which;
        this.load = load;
        this.workers = workers;
        this.fanOut = fanOut;
    }

    /**
     * Shows {@code owner}'s screen each new read of session {@code sessionId} until the owner
     * leaves the screen or the returned subscription is cancelled.
     */
    public LiveUpdateHub.Subscription follow(Component owner, UI ui, long sessionId, Consumer<T> show) {
        Screen<T> screen = new Screen<>(ui, show);
        Feed feed = feeds.compute(sessionId, (id, existing) -> {
            Feed joined = existing != null ? existing : new Feed(id);
            if (existing == null) {
                joined.subscription = hub.subscribe(id, which, joined::changed);
            }
            joined.screens.add(screen);
            return joined;
        });
        LiveUpdateHub.Subscription subscription = () -> remove(feed, screen);
        owner.addDetachListener(detach -> subscription.cancel());
        return subscription;
    }

    private void remove(Feed feed, Screen<T> screen) {
        feeds.computeIfPresent(feed.sessionId, (id, current) -> {
            if (current != feed) {
                return current;
            }
            current.screens.remove(screen);
            if (current.screens.isEmpty()) {
                current.subscription.cancel();
                return null;
            }
            return current;
        });
    }

    /** How many screens follow session {@code sessionId} now. */
    public int screens(long sessionId) {
        Feed feed = feeds.get(sessionId);
        return feed == null ? 0 : feed.screens.size();
    }
}
