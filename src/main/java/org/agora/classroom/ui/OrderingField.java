package org.agora.classroom.ui;

import static com.vaadin.flow.i18n.I18NProvider.translate;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Span;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.agora.classroom.AnswerInput;
import org.agora.lesson.LessonContent.OptionContent;

/** Put events in order with "up" and "down" buttons: works by keyboard and on a phone, no dragging. */
class OrderingField implements AnswerField {

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
        root.add(caption, list);
        render();
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
        list.removeAll();
        for (int i = 0; i < order.size(); i++) {
            OptionContent item = order.get(i);
            int index = i;
            Button up = new Button("↑", click -> move(index, -1));
            up.getElement().setAttribute("aria-label", translate("answer.ordering.up", item.text()));
            up.setEnabled(!readOnly && i > 0);
            Button down = new Button("↓", click -> move(index, 1));
            down.getElement().setAttribute("aria-label", translate("answer.ordering.down", item.text()));
            down.setEnabled(!readOnly && i < order.size() - 1);
            for (Button b : List.of(up, down)) {
                b.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
                b.addClassName("agora-move");
            }
            Span number = new Span((i + 1) + ".");
            number.addClassName("agora-ordering-number");
            number.getElement().setAttribute("aria-hidden", "true");
            Span text = new Span(item.text());
            text.addClassName("agora-ordering-text");
            ListItem row = new ListItem(number, text, up, down);
            list.add(row);
        }
    }

    private void move(int index, int delta) {
        int target = index + delta;
        if (readOnly || target < 0 || target >= order.size()) {
            return;
        }
        Collections.swap(order, index, target);
        render();
        listeners.forEach(Runnable::run);
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
        // Re-drawing would move keyboard focus away from the buttons: only when something changed.
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
