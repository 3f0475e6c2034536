package org.agora.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.agora.base.live.SessionChanged;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SharedRefreshTest {

    @BeforeEach
    void setUp() {
        MockVaadin.setup();
    }

    @AfterEach
    void tearDown() {
        MockVaadin.tearDown();
    }

    @Test
    void one_read_is_shown_on_every_screen_each_as_a_task_of_its_own_so_that_every_core_draws_screens() {
        LiveRefreshTest.HeldWork work = new LiveRefreshTest.HeldWork();
        LiveRefreshTest.OneListenerHub hub = new LiveRefreshTest.OneListenerHub();
        List<Runnable> fanOut = new ArrayList<>();
        AtomicInteger loads = new AtomicInteger();
        SharedRefresh<Integer> shared =
                new SharedRefresh<>(hub, change -> true, id -> loads.incrementAndGet(), work, fanOut::add);
        List<Span> screens = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            Span screen = new Span();
            UI.getCurrent().add(screen);
            shared.follow(screen, UI.getCurrent(), 7, n -> screen.setText("read " + n));
            screens.add(screen);
        }

        for (int i = 0; i < 20; i++) {
            hub.publish(SessionChanged.paced(7));
        }
        work.runAll();

        assertThat(loads).as("one read for the whole class").hasValue(1);
        assertThat(fanOut)
                .as("one task per screen, not one loop drawing them all")
                .hasSize(3);
        assertThat(screens).allSatisfy(screen -> assertThat(screen.getText()).isEmpty());
        fanOut.forEach(Runnable::run);
        MockVaadin.clientRoundtrip();
        assertThat(screens).allSatisfy(screen -> assertThat(screen.getText()).isEqualTo("read 1"));
    }

    @Test
    void the_last_screen_to_leave_ends_the_session_s_subscription() {
        LiveRefreshTest.HeldWork work = new LiveRefreshTest.HeldWork();
        LiveRefreshTest.OneListenerHub hub = new LiveRefreshTest.OneListenerHub();
        SharedRefresh<Integer> shared = new SharedRefresh<>(hub, change -> true, id -> 1, work, Runnable::run);
        Span first = new Span();
        Span second = new Span();
        UI.getCurrent().add(first, second);
        shared.follow(first, UI.getCurrent(), 7, n -> first.setText("read"));
        shared.follow(second, UI.getCurrent(), 7, n -> second.setText("read"));
        assertThat(shared.screens(7)).isEqualTo(2);

        UI.getCurrent().remove(first);
        assertThat(shared.screens(7)).isEqualTo(1);
        assertThat(hub.followed).isEqualTo(7);
        UI.getCurrent().remove(second);
        assertThat(shared.screens(7)).isZero();
        assertThat(hub.followed).as("no screen left, no subscription").isEqualTo(-1);
    }
}
