package org.agora.dashboard.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.LongConsumer;
import org.agora.base.ui.OwnText;
import org.agora.dashboard.SessionProgress;

/**
 * The session's students, each with a button that lets them back in on a new device and one
 * that deletes their data after asking.
 */
class StudentList extends Details {

    private final UnorderedList list = new UnorderedList();
    private final LongConsumer delete;
    private final Consumer<SessionProgress.Row> newDevice;
    private List<SessionProgress.Row> shown = List.of();

    StudentList(Consumer<SessionProgress.Row> newDevice, LongConsumer delete) {
        this.newDevice = newDevice;
        this.delete = delete;
        setSummaryText(getTranslation("students.title"));
        setId("student-list");
        list.addClassName("agora-student-list");
        add(list);
        // Folded, it holds no buttons: a big class would send two per student on every load.
        addOpenedChangeListener(opened -> draw());
    }

    /** The students to list (the dashboard's window of them), drawn while the list is open. */
    void show(List<SessionProgress.Row> rows) {
        List<SessionProgress.Row> names = rows.stream()
                .map(r -> new SessionProgress.Row(r.participantId(), r.displayName(), false, Map.of()))
                .toList();
        if (names.equals(shown)) {
            return;
        }
        shown = names;
        draw();
    }

    /** The students' items now on screen: none while the list is folded. */
    int itemsShown() {
        return (int) list.getChildren().count();
    }

    private void draw() {
        list.removeAll();
        if (!isOpened()) {
            return;
        }
        for (SessionProgress.Row row : shown) {
            Button remove = new Button(getTranslation("students.delete"), click -> confirm(row));
            remove.setId("delete-student-" + row.participantId());
            remove.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            remove.getElement()
                    .setAttribute(
                            "aria-label", getTranslation("students.delete.named", OwnText.plain(row.displayName())));
            Button device = new Button(getTranslation("students.new-device"), click -> newDevice.accept(row));
            device.setId("new-device-" + row.participantId());
            device.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            device.getElement()
                    .setAttribute(
                            "aria-label",
                            getTranslation("students.new-device.named", OwnText.plain(row.displayName())));
            list.add(new ListItem(OwnText.span(row.displayName()), device, remove));
        }
    }

    private void confirm(SessionProgress.Row row) {
        ConfirmDialog dialog = new ConfirmDialog(
                getTranslation("students.delete.title", OwnText.plain(row.displayName())),
                getTranslation("students.delete.text"),
                getTranslation("students.delete"),
                yes -> delete.accept(row.participantId()));
        dialog.setCancelable(true);
        dialog.setConfirmButtonTheme("error primary");
        dialog.open();
    }
}
