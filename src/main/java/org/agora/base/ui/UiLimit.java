package org.agora.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import java.util.Comparator;
import java.util.List;
import org.agora.base.SessionOccupant;
import org.springframework.stereotype.Component;

/**
 * Keeps the newest UIs of a browser session and closes the older ones beyond a few: every tab
 * and every reload is a UI (a start page about 35 KiB, a lesson screen several times more) that Vaadin otherwise keeps until its heartbeats
 * have been missing for minutes. A session holding a student or staff keeps {@link #OCCUPIED}
 * (a teacher's sessions list, dashboard, projector, review and an admin screen or two, with
 * room for reloads); a session holding nobody keeps {@link #EMPTY}, its start or sign-in page
 * (an older one is a reload's leftover, or a stranger's way to hold more).
 */
@Component
public class UiLimit implements VaadinServiceInitListener {

    static final int OCCUPIED = 10;
    static final int EMPTY = 1;

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> closeOldest(init.getUI().getSession()));
    }

    static void closeOldest(VaadinSession session) {
        int keep = SessionOccupant.holdsSomeone(session.getSession()) ? OCCUPIED : EMPTY;
        List<UI> open = session.getUIs().stream()
                .filter(ui -> !ui.isClosing())
                .sorted(Comparator.comparingInt(UI::getUIId))
                .toList();
        open.subList(0, Math.max(0, open.size() - keep)).forEach(UI::close);
    }
}
