package org.agora.classroom.ui;

import static com.vaadin.flow.i18n.I18NProvider.translate;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Span;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.agora.classroom.AnswerInput;
import org.agora.lesson.LessonContent.OptionContent;
import org.jsoup.nodes.Entities;

/**
 * Put events in order with "up" and "down" buttons: works by keyboard and on a phone, no dragging.
 * The list is HTML inside one element with one click listener, the browser's own buttons saying
 * which item moves which way ({@code data-move}, "index:direction"), so a question holds two nodes
 * however many items it has, and locking it changes one property.
 */
class OrderingField implements AnswerField {

    /** The move of the button clicked, or null outside the buttons. */
    static final String MOVE_OF_EVENT =
            "event.target.closest('[data-move]') && event.target.closest('[data-move]').dataset.move";

    /** Only clicks on the buttons reach the server. */
    static final String ON_A_BUTTON = "!!event.target.closest('[data-move]')";

    private final Div root = new Div();
    private final OrderedList list = new OrderedList();
    private final List<OptionContent> order;
    private final List<Runnable> listeners = new ArrayList<>();
    private boolean readOnly;

    OrderingField(String label, List<OptionContent> rightOrder) {
        this.order = shuffled(rightOrder);
        Span caption = new Span(label);
        caption.addClassName("agora-field-label");
        list.addClassName("agora-ordering");
        list.getElement().setAttribute("role", "list");
        list.getElement()
                .addEventListener("click", e -> clicked(e.getEventData().getString(MOVE_OF_EVENT)))
                .addEventData(MOVE_OF_EVENT)
                .setFilter(ON_A_BUTTON);
        root.add(caption, list);
        render();
    }

    /** A button's move as the browser names it; anything else is ignored. */
    private void clicked(String move) {
        String[] parts = move == null ? new String[0] : move.split(":");
        if (parts.length != 2 || !parts[0].matches("\\d{1,3}") || !parts[1].matches("-?1")) {
            return;
        }
        int index = Integer.parseInt(parts[0]);
        int delta = Integer.parseInt(parts[1]);
        if (move(index, delta)) {
            // The list is drawn anew: keyboard focus stays with the item moved, on a button that still works.
            list.getElement()
                    .executeJs(
                            "const row = this.children[$0];"
                                    + " const button = row && (row.querySelector('[data-move$=\":' + $1 + '\"]:not([disabled])')"
                                    + " || row.querySelector('button:not([disabled])'));"
                                    + " if (button) button.focus();",
                            index + delta,
                            delta);
        }
    }

    /** A fixed shuffle per question (so a reload shows the same order) that is never already right. */
    private static List<OptionContent> shuffled(List<OptionContent> rightOrder) {
        List<OptionContent> copy = new ArrayList<>(rightOrder);
        long seed = rightOrder.isEmpty() ? 0 : rightOrder.get(0).id();
        Collections.shuffle(copy, new Random(seed));
        if (copy.equals(rightOrder) && copy.size() > 1) {
            Collections.rotate(copy, 1);
        }
        return copy;
    }

    private void render() {
        StringBuilder html = new StringBuilder();
        for (int i = 0; i < order.size(); i++) {
            String text = order.get(i).text();
            html.append("<li><span class=\"agora-ordering-number\" aria-hidden=\"true\">")
                    .append(i + 1)
                    .append(".</span><span class=\"agora-ordering-text\">")
                    .append(Entities.escape(text))
                    .append("</span>");
            button(html, i, -1, "↑", translate("answer.ordering.up", text), !readOnly && i > 0);
            button(html, i, 1, "↓", translate("answer.ordering.down", text), !readOnly && i < order.size() - 1);
            html.append("</li>");
        }
        list.getElement().setProperty("innerHTML", html.toString());
    }

    private static void button(StringBuilder html, int index, int delta, String arrow, String label, boolean enabled) {
        html.append("<button type=\"button\" class=\"agora-plain-button agora-plain-button-tertiary agora-move\"")
                .append(" data-move=\"")
                .append(index)
                .append(':')
                .append(delta)
                .append("\" aria-label=\"")
                .append(Entities.escape(label))
                .append('"')
                .append(enabled ? "" : " disabled")
                .append('>')
                .append(arrow)
                .append("</button>");
    }

    /** Moves an item one place; false when it cannot move there (the list's ends, a locked question). */
    private boolean move(int index, int delta) {
        int target = index + delta;
        if (readOnly || index < 0 || index >= order.size() || target < 0 || target >= order.size()) {
            return false;
        }
        Collections.swap(order, index, target);
        render();
        listeners.forEach(Runnable::run);
        return true;
    }

    @Override
    public Component component() {
        return root;
    }

    @Override
    public AnswerInput value() {
        return AnswerInput.choice(
                order.stream().map(o -> String.valueOf(o.id())).toList());
    }

    @Override
    public void show(AnswerInput stored) {
        List<OptionContent> restored = new ArrayList<>();
        for (String id : stored.selection()) {
            order.stream()
                    .filter(o -> String.valueOf(o.id()).equals(id))
                    .findFirst()
                    .ifPresent(restored::add);
        }
        if (restored.size() == order.size() && !restored.equals(order)) {
            order.clear();
            order.addAll(restored);
            render();
        }
    }

    @Override
    public void setReadOnly(boolean readOnly) {
        if (this.readOnly != readOnly) {
            this.readOnly = readOnly;
            render();
        }
    }

    @Override
    public void onChange(Runnable listener) {
        listeners.add(listener);
    }
}
