package org.agora.base.ui;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;

import org.agora.base.live.LiveUpdateHub;

/**
 * Keeps a screen in step with a class session: subscribes while the component is attached
 * and refreshes it by server push, at most once per {@link #DELAY_MS} however many changes
 * arrive in between.
 */
public final class CoalescedRefresh {

    public static final long DELAY_MS = 250;

    private static final ScheduledExecutorService TIMER = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "agora-live-refresh");
        thread.setDaemon(true);
        return thread;
    });

    private final AtomicBoolean pending = new AtomicBoolean();

    private CoalescedRefresh() {
    }

    /** Binds {@code refresh} to changes of {@code sessionId} for as long as {@code owner} is attached. */
    public static void bind(Component owner, LiveUpdateHub hub, long sessionId, Runnable refresh) {
        CoalescedRefresh coalescer = new CoalescedRefresh();
        owner.addAttachListener(attach -> {
            UI ui = attach.getUI();
            LiveUpdateHub.Subscription subscription = hub.subscribe(sessionId, () -> coalescer.signal(ui, refresh));
            owner.addDetachListener(detach -> {
                subscription.cancel();
                detach.unregisterListener();
            });
        });
    }

    private void signal(UI ui, Runnable refresh) {
        if (!pending.compareAndSet(false, true)) {
            return;
        }
        TIMER.schedule(() -> {
            pending.set(false);
            try {
                ui.access(refresh::run);
            } catch (UIDetachedException closed) {
                // The screen went away between the change and the refresh; nothing to show.
            }
        }, DELAY_MS, TimeUnit.MILLISECONDS);
    }
}
