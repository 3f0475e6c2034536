package org.agora.classroom.ui;

import com.vaadin.flow.component.AbstractField;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValue;

/** An answer field made of one Vaadin input: read-only and change events come from that input. */
abstract class SingleValueField<
                C extends Component & HasValue<? extends AbstractField.ComponentValueChangeEvent<C, V>, V>, V>
        implements AnswerField {

    protected final C input;

    SingleValueField(C input) {
        this.input = input;
    }

    @Override
    public Component component() {
        return input;
    }

    @Override
    public void setReadOnly(boolean readOnly) {
        input.setReadOnly(readOnly);
    }

    /** Only the student's own edits count as a change; showing a stored answer does not. */
    @Override
    public void onChange(Runnable listener) {
        input.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                listener.run();
            }
        });
    }
}
