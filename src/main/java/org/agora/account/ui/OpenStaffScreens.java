package org.agora.account.ui;

import com.vaadin.flow.component.UI;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * Which account each open staff screen (UI) of this node belongs to, so that disabling an
 * account can close its screens at once. A screen leaves the list when it is detached: its
 * tab closed, missed its heartbeats or its server session ended.
 */
@Component
class OpenStaffScreens {

    private final Map<UI, Long> owners = new ConcurrentHashMap<>();

    void opened(UI ui, long accountId) {
        if (owners.put(ui, accountId) == null) {
            ui.addDetachListener(detach -> owners.remove(ui));
        }
    }

    List<UI> of(long accountId) {
        return owners.entrySet().stream()
                .filter(e -> e.getValue() == accountId)
                .map(Map.Entry::getKey)
                .toList();
    }
}
