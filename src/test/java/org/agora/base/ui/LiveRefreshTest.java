package org.agora.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import org.agora.base.NotAllowedException;
import org.agora.base.live.LiveUpdateHub;
import org.agora.base.live.SessionChanged;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class LiveRefreshTest {

    /** Keeps scheduled work until the test runs it, so timing never decides the outcome. */
    static final class HeldWork extends ScheduledThreadPoolExecutor {
        final List<Runnable> held = new ArrayList<>();
        final List<Long> delaysMs = new ArrayList<>();

        HeldWork() {
            super(1);
        }

        @Override
        public ScheduledFuture<?> schedule(Runnable command, long delay, TimeUnit unit) {
            held.add(command);
            delaysMs.add(unit.toMillis(delay));
            return null;
        }

        void runAll() {
            List<Runnable> now = new ArrayList<>(held);
            held.clear();
            now.forEach(Runnable::run);
        }
    }

    /** A hub whose single listener the test calls by hand. */
    static final class OneListenerHub implements LiveUpdateHub {
        Runnable listener;
        Predicate<SessionChanged> which = change -> true;
        long followed = -1;

        @Override
        public Subscription subscribe(long sessionId, Predicate<SessionChanged> which, Runnable l) {
            listener = l;
            this.which = which;
            followed = sessionId;
            return () -> {
                listener = null;
                followed = -1;
            };
        }

        @Override
        public void publish(SessionChanged change) {
            if (listener != null && change.sessionId() == followed && which.test(change)) {
                listener.run();
            }
        }

        void publish(long sessionId) {
            publish(SessionChanged.paced(sessionId));
        }

        @Override
        public long changes(long sessionId) {
            return 0;
        }
    }

    @BeforeEach
    void setUp() {
        MockVaadin.setup();
    }

    @AfterEach
    void tearDown() {
        MockVaadin.tearDown();
    }

    @Test
    void a_burst_of_changes_costs_one_load_and_the_screen_shows_the_newest_data() {
        HeldWork work = new HeldWork();
        OneListenerHub hub = new OneListenerHub();
        AtomicInteger loads = new AtomicInteger();
        Span screen = new Span();
        UI.getCurrent().add(screen);
        LiveRefresh<Integer> live =
                new LiveRefresh<>(screen, hub, loads::incrementAndGet, n -> screen.setText("load " + n), work);
        live.follow(UI.getCurrent(), 7);

        for (int i = 0; i < 50; i++) {
            hub.publish(7);
        }
        assertThat(work.held).hasSize(1);
        work.runAll();
        MockVaadin.clientRoundtrip();
        assertThat(loads).hasValue(1);
        assertThat(screen.getText()).isEqualTo("load 1");

        hub.publish(7);
        assertThat(work.held).hasSize(1);
    }

    @Test
    void a_load_refused_because_the_session_is_gone_shows_the_screen_s_gone_notice_and_stops_following() {
        HeldWork work = new HeldWork();
        OneListenerHub hub = new OneListenerHub();
        Span screen = new Span();
        UI.getCurrent().add(screen);
        LiveRefresh<String> live = new LiveRefresh<>(
                        screen,
                        hub,
                        () -> {
                            throw new NotAllowedException("session.not-found");
                        },
                        screen::setText,
                        work)
                .onGone(refused -> screen.setText("gone: " + refused.key()));
        live.follow(UI.getCurrent(), 7);

        hub.publish(7);
        work.runAll();
        MockVaadin.clientRoundtrip();

        assertThat(screen.getText()).isEqualTo("gone: session.not-found");
        assertThat(hub.listener).as("no longer following").isNull();
    }

    @Test
    void following_another_session_or_leaving_the_screen_stops_the_old_subscription() {
        HeldWork work = new HeldWork();
        OneListenerHub hub = new OneListenerHub();
        Span screen = new Span();
        UI.getCurrent().add(screen);
        LiveRefresh<String> live = new LiveRefresh<>(screen, hub, () -> "x", screen::setText, work);
        live.follow(UI.getCurrent(), 7);
        live.follow(UI.getCurrent(), 8);
        assertThat(hub.followed).isEqualTo(8);
        UI.getCurrent().remove(screen);
        assertThat(hub.listener).isNull();
    }

    @Test
    void a_refresh_at_a_closing_time_is_scheduled_for_then_and_shows_what_the_clock_changed() {
        HeldWork work = new HeldWork();
        OneListenerHub hub = new OneListenerHub();
        AtomicInteger loads = new AtomicInteger();
        Span screen = new Span();
        UI.getCurrent().add(screen);
        LiveRefresh<Integer> live =
                new LiveRefresh<>(screen, hub, loads::incrementAndGet, n -> screen.setText("load " + n), work);

        live.refreshAt(UI.getCurrent(), java.time.Instant.now().plusSeconds(90));
        live.refreshAt(UI.getCurrent(), java.time.Instant.now().minusSeconds(5));
        live.refreshAt(UI.getCurrent(), java.time.Instant.now().plus(java.time.Duration.ofDays(3)));

        assertThat(work.held).as("past and far-off times schedule nothing").hasSize(1);
        assertThat(work.delaysMs.get(0)).isBetween(80_000L, 90_000L + LiveRefresh.DELAY_MS);
        work.runAll();
        MockVaadin.clientRoundtrip();
        assertThat(screen.getText()).isEqualTo("load 1");
    }

    @Test
    void a_change_made_by_the_screen_itself_is_not_loaded_again_but_one_from_another_tab_is() throws Exception {
        HeldWork work = new HeldWork();
        OneListenerHub hub = new OneListenerHub();
        Span screen = new Span();
        UI ui = UI.getCurrent();
        ui.add(screen);
        LiveRefresh<String> live = new LiveRefresh<>(screen, hub, () -> "reloaded", screen::setText, work);
        live.follow(ui, 7, LiveRefresh.fromElsewhere(ui));

        hub.publish(7);
        assertThat(work.held).as("published in this screen's own request").isEmpty();

        Thread otherTab = new Thread(() -> hub.publish(7));
        otherTab.start();
        otherTab.join();
        assertThat(work.held).as("published by another request").hasSize(1);
        work.runAll();
        MockVaadin.clientRoundtrip();
        assertThat(screen.getText()).isEqualTo("reloaded");
    }

    @Test
    void a_change_after_a_quiet_spell_is_loaded_at_once_and_one_right_after_waits_for_the_interval() {
        HeldWork work = new HeldWork();
        OneListenerHub hub = new OneListenerHub();
        Span screen = new Span();
        UI.getCurrent().add(screen);
        LiveRefresh<String> live = new LiveRefresh<>(screen, hub, () -> "x", screen::setText, work);
        live.follow(UI.getCurrent(), 7);

        hub.publish(7);
        assertThat(work.delaysMs).containsExactly(0L);
        work.runAll();
        hub.publish(7);
        assertThat(work.delaysMs.get(1)).isPositive().isLessThanOrEqualTo(LiveRefresh.DELAY_MS);
    }

    @Test
    void a_screen_may_ask_for_a_shorter_interval() {
        HeldWork work = new HeldWork();
        OneListenerHub hub = new OneListenerHub();
        Span screen = new Span();
        UI.getCurrent().add(screen);
        LiveRefresh<String> live = new LiveRefresh<>(screen, hub, () -> "x", screen::setText, work).atMostEvery(100);
        live.follow(UI.getCurrent(), 7);

        hub.publish(7);
        work.runAll();
        hub.publish(7);
        assertThat(work.delaysMs.get(1)).isPositive().isLessThanOrEqualTo(100L);
    }
}
