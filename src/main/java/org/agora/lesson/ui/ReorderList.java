package org.agora.lesson.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dnd.DragSource;
import com.vaadin.flow.component.dnd.DropEffect;
import com.vaadin.flow.component.dnd.DropTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * A list of rows an author can put in order: with the move up and move down buttons of each
 * row (keyboard: Tab to the button, Enter), or by dragging a row's handle onto another row's
 * drop zone (its header; rows of nested lists have their own). Each row gets its handle and
 * buttons from {@link #controls}; the list tells its owner of every change.
 */
class ReorderList<T extends Component> extends Div {

    private final List<T> rows = new ArrayList<>();
    private final String noun;
    private final Function<T, Component> dropZone;
    private final Runnable changed;
    private T dragged;

    /**
     * {@code noun} is the message key naming a row in the buttons' labels ("this section");
     * {@code dropZone} is the part of a row that takes a dragged row.
     */
    ReorderList(String noun, Function<T, Component> dropZone, Runnable changed) {
        this.noun = noun;
        this.dropZone = dropZone;
        this.changed = changed;
        addClassName("agora-reorder-list");
    }

    List<T> rows() {
        return List.copyOf(rows);
    }

    void addRow(T row) {
        rows.add(row);
        add(row);
        DropTarget<Component> target = DropTarget.create(dropZone.apply(row));
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

    /** The drag handle and the up and down buttons for a row, with ids built from {@code idPrefix}. */
    Component controls(T row, String idPrefix) {
        Span handle = new Span(VaadinIcon.MENU.create());
        handle.setId(idPrefix + "-drag");
        handle.addClassName("agora-drag-handle");
        handle.getElement().setAttribute("title", getTranslation("editor.drag", getTranslation(noun)));
        // The buttons do the same for keyboards and screen readers.
        handle.getElement().setAttribute("aria-hidden", "true");
        DragSource<Span> source = DragSource.create(handle);
        source.addDragStartListener(e -> dragged = row);
        source.addDragEndListener(e -> dragged = null);
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
        String what = getTranslation(noun);
        up.getElement().setAttribute("aria-label", getTranslation("editor.move.up", what));
        down.getElement().setAttribute("aria-label", getTranslation("editor.move.down", what));
        up.getElement().setAttribute("title", getTranslation("editor.move.up", what));
        down.getElement().setAttribute("title", getTranslation("editor.move.down", what));
        Div controls = new Div(handle, up, down);
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
