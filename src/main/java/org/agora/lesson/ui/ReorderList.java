package org.agora.lesson.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dnd.DragSource;
import com.vaadin.flow.component.dnd.DropEffect;
import com.vaadin.flow.component.dnd.DropTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;

/**
 * A list of rows an author can put in order: with the move up and move down buttons of each
 * row (keyboard: Tab to the button, Enter), or by dragging a row onto another. Each row
 * gets its buttons from {@link #controls}; the list tells its owner of every change.
 */
class ReorderList<T extends Component> extends Div {

    private final List<T> rows = new ArrayList<>();
    private final Function<T, String> label;
    private final Runnable changed;
    private T dragged;

    /** {@code label} names a row in the buttons' spoken labels, for example "option 2". */
    ReorderList(Function<T, String> label, Runnable changed) {
        this.label = label;
        this.changed = changed;
        addClassName("agora-reorder-list");
    }

    List<T> rows() {
        return List.copyOf(rows);
    }

    void addRow(T row) {
        rows.add(row);
        add(row);
        DragSource<T> source = DragSource.create(row);
        source.addDragStartListener(e -> dragged = row);
        source.addDragEndListener(e -> dragged = null);
        DropTarget<T> target = DropTarget.create(row);
        target.setDropEffect(DropEffect.MOVE);
        target.addDropListener(e -> {
            if (dragged != null && dragged != row && rows.contains(dragged)) {
                moveTo(dragged, rows.indexOf(row));
            }
        });
    }

    void removeRow(T row) {
        rows.remove(row);
        remove(row);
        changed.run();
    }

    /** The up and down buttons for a row, with ids built from {@code idPrefix}. */
    Component controls(T row, String idPrefix) {
        Button up = new Button(VaadinIcon.ARROW_UP.create(), click -> {
            move(row, -1);
            click.getSource().focus();
        });
        up.setId(idPrefix + "-up");
        Button down = new Button(VaadinIcon.ARROW_DOWN.create(), click -> {
            move(row, +1);
            click.getSource().focus();
        });
        down.setId(idPrefix + "-down");
        for (Button b : List.of(up, down)) {
            b.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ICON);
        }
        up.getElement().setAttribute("aria-label", getTranslation("editor.move.up", label.apply(row)));
        down.getElement().setAttribute("aria-label", getTranslation("editor.move.down", label.apply(row)));
        up.getElement().setAttribute("title", getTranslation("editor.move.up", label.apply(row)));
        down.getElement().setAttribute("title", getTranslation("editor.move.down", label.apply(row)));
        Div controls = new Div(up, down);
        controls.addClassName("agora-reorder-controls");
        return controls;
    }

    void move(T row, int delta) {
        int from = rows.indexOf(row);
        int to = from + delta;
        if (from < 0 || to < 0 || to >= rows.size()) {
            return;
        }
        moveTo(row, to);
    }

    private void moveTo(T row, int to) {
        rows.remove(row);
        rows.add(to, row);
        // Re-attaching keeps the components and their state; only their order changes.
        removeAll();
        rows.forEach(this::add);
        changed.run();
    }
}
