package org.agora.base.ui;

import com.vaadin.flow.component.UI;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.function.Consumer;

/**
 * The time zone of the person's browser: times a teacher types or reads are in their own
 * zone, not the server's. Until the browser has answered, the server's zone stands in.
 */
public final class BrowserZone {

    private BrowserZone() {}

    /** Calls {@code use} with the server's zone now and, if different, with the browser's once known. */
    public static void ask(UI ui, Consumer<ZoneId> use) {
        use.accept(ZoneId.systemDefault());
        ui.getPage().retrieveExtendedClientDetails(details -> {
            try {
                ZoneId zone = ZoneId.of(details.getTimeZoneId());
                if (!zone.equals(ZoneId.systemDefault())) {
                    use.accept(zone);
                }
            } catch (DateTimeException | NullPointerException unknown) {
                // The browser named no usable zone: the server's stays.
            }
        });
    }
}
