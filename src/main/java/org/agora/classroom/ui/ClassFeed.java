package org.agora.classroom.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import java.util.Optional;
import java.util.function.Consumer;
import org.agora.base.live.LiveUpdateHub;
import org.agora.base.ui.SharedRefresh;
import org.agora.classroom.ClassBoards;
import org.agora.classroom.ClassState;

/**
 * The class's shared state for the student screens of each session: read once per change of the
 * teacher's (pacing, the wall, reviews, closing) and handed to every student screen of that
 * session. Empty once the session is gone.
 */
@org.springframework.stereotype.Component
class ClassFeed {

    private final SharedRefresh<Optional<ClassState>> shared;

    ClassFeed(LiveUpdateHub hub, ClassBoards boards) {
        this.shared = new SharedRefresh<>(hub, ClassState.CHANGES, boards::read);
    }

    LiveUpdateHub.Subscription follow(Component owner, UI ui, long sessionId, Consumer<Optional<ClassState>> show) {
        return shared.follow(owner, ui, sessionId, show);
    }

    int screens(long sessionId) {
        return shared.screens(sessionId);
    }
}
