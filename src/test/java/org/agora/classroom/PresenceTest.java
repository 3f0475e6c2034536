package org.agora.classroom;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.agora.base.live.SessionChanged;
import org.junit.jupiter.api.Test;

class PresenceTest {

    private final List<Object> published = new ArrayList<>();
    private final Presence presence = new Presence(published::add);

    @Test
    void a_student_is_online_while_any_of_their_screens_is_open() {
        Runnable firstTab = presence.enter(5, 11);
        Runnable secondTab = presence.enter(5, 11);
        presence.enter(6, 12);
        assertThat(presence.online(5)).containsExactly(11L);

        firstTab.run();
        firstTab.run();
        assertThat(presence.online(5))
                .as("one tab is still open; closing a tab twice counts once")
                .containsExactly(11L);
        secondTab.run();
        assertThat(presence.online(5)).isEmpty();
        assertThat(presence.online(6)).containsExactly(12L);
    }

    @Test
    void the_dashboard_hears_only_when_someone_comes_or_goes() {
        Runnable firstTab = presence.enter(5, 11);
        Runnable secondTab = presence.enter(5, 11);
        firstTab.run();
        assertThat(published).containsExactly(SessionChanged.presence(5));
        secondTab.run();
        assertThat(published).containsExactly(SessionChanged.presence(5), SessionChanged.presence(5));
    }
}
