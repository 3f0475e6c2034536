package org.agora.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.server.Command;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.agora.base.NotAllowedException;
import org.agora.base.live.LiveUpdateHub;
import org.agora.base.live.SessionChanged;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps one screen in step with one class session. Changes are coalesced: at most one
 * refresh per {@link #DELAY_MS}, however many changes arrive; the first change after a quiet
 * spell is loaded at once, later ones wait for the rest of the interval. The data is loaded on a worker
 * thread, outside the screen's lock, and only shown under it, by server push.
 */
public final class LiveRefresh<T> {

    public static final long DELAY_MS = 250;

    private static final Logger log = LoggerFactory.getLogger(LiveRefresh.class);

    static final ScheduledExecutorService WORKERS = new ScheduledThreadPoolExecutor(2, r -> {
        Thread thread = new Thread(r, "agora-live-refresh");
        thread.setDaemon(true);
        return thread;
    });

    private final LiveUpdateHub hub;
    private final ScheduledExecutorService workers;
    private final Supplier<T> load;
    private final Consumer<T> show;
    private volatile Consumer<NotAllowedException> gone = refused -> {};
    private volatile long intervalMs = DELAY_MS;
    private final AtomicBoolean pending = new AtomicBoolean();
    /** When the last refresh began; a change after a quiet spell is loaded at once. */
    private volatile long lastRefresh = System.nanoTime() - TimeUnit.MILLISECONDS.toNanos(DELAY_MS);

    private final AtomicReference<LiveUpdateHub.Subscription> subscription = new AtomicReference<>();
    private final AtomicReference<ScheduledFuture<?>> timed = new AtomicReference<>();

    /** Ties the refresh to {@code owner}: it stops when the owner leaves the screen. */
    public LiveRefresh(Component owner, LiveUpdateHub hub, Supplier<T> load, Consumer<T> show) {
        this(owner, hub, load, show, WORKERS);
    }

    LiveRefresh(
            Component owner, LiveUpdateHub hub, Supplier<T> load, Consumer<T> show, ScheduledExecutorService workers) {
        this.hub = hub;
        this.workers = workers;
        this.load = load;
        this.show = show;
        owner.addDetachListener(detach -> stop());
    }

    /** Follows session {@code sessionId} from now on, instead of any session followed before. */
    public void follow(UI ui, long sessionId) {
        follow(ui, sessionId, change -> true);
    }

    /** Follows only the changes of session {@code sessionId} that {@code which} accepts. */
    public void follow(UI ui, long sessionId, Predicate<SessionChanged> which) {
        stop();
        subscription.set(hub.subscribe(sessionId, which, () -> changed(ui)));
    }

    /**
     * The changes made by other screens or other people: not those made in {@code ui}'s own
     * request, which that screen has shown already (a hub delivers a change on the thread that
     * made it, where {@link UI#getCurrent()} is the screen whose click made it).
     */
    public static Predicate<SessionChanged> fromElsewhere(UI ui) {
        return change -> UI.getCurrent() != ui;
    }

    /**
     * Refreshes once more at {@code when}, for changes that come from the clock (a closing
     * time). Only the latest such refresh is kept, and leaving the screen cancels it.
     */
    public void refreshAt(UI ui, Instant when) {
        cancelTimed();
        long delay = Duration.between(Instant.now(), when).toMillis();
        if (delay > 0 && delay < Duration.ofDays(1).toMillis()) {
            timed.set(workers.schedule(() -> refresh(ui), delay + DELAY_MS, TimeUnit.MILLISECONDS));
        }
    }

    private void cancelTimed() {
        ScheduledFuture<?> pendingTimed = timed.getAndSet(null);
        if (pendingTimed != null) {
            pendingTimed.cancel(false);
        }
    }

    public void stop() {
        cancelTimed();
        LiveUpdateHub.Subscription current = subscription.getAndSet(null);
        if (current != null) {
            current.cancel();
        }
    }

    private void changed(UI ui) {
        if (pending.compareAndSet(false, true)) {
            long sinceLast = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - lastRefresh);
            workers.schedule(() -> refresh(ui), Math.max(0, intervalMs - sinceLast), TimeUnit.MILLISECONDS);
        }
    }

    /**
     * At most one refresh per {@code millis} instead of {@link #DELAY_MS}: for a screen whose
     * figures should follow at once (the teacher's dashboard), where one load is cheap.
     */
    public LiveRefresh<T> atMostEvery(long millis) {
        this.intervalMs = millis;
        return this;
    }

    /**
     * What the screen shows when a load is refused: what it follows is gone (a deleted session, a
     * removed student) or is no longer this person's. Following stops then.
     */
    public LiveRefresh<T> onGone(Consumer<NotAllowedException> gone) {
        this.gone = gone;
        return this;
    }

    private void refresh(UI ui) {
        pending.set(false);
        lastRefresh = System.nanoTime();
        T data;
        try {
            data = load.get();
        } catch (NotAllowedException refused) {
            stop();
            log.info("A live refresh was refused ({}); the screen stops following", refused.key());
            showUnder(ui, () -> gone.accept(refused));
            return;
        } catch (RuntimeException e) {
            log.warn("A live refresh failed: {}", e.getClass().getName());
            return;
        }
        showUnder(ui, () -> show.accept(data));
    }

    private void showUnder(UI ui, Command command) {
        try {
            ui.access(command);
        } catch (UIDetachedException closed) {
            stop();
        }
    }
}
