package org.agora.base.ui;

import com.vaadin.flow.component.ReconnectDialogConfiguration;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.springframework.stereotype.Component;

/**
 * What every screen says while its connection to the server is lost: that nothing sent now is
 * saved yet, and that it goes out when the connection is back (Vaadin queues the requests and
 * sends them on reconnecting). The texts are in the reader's language.
 */
@Component
public class ConnectionTexts implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> {
            ReconnectDialogConfiguration reconnect = init.getUI().getReconnectDialogConfiguration();
            reconnect.setDialogText(init.getUI().getTranslation("connection.lost"));
            reconnect.setDialogTextGaveUp(init.getUI().getTranslation("connection.gave-up"));
        });
    }
}
