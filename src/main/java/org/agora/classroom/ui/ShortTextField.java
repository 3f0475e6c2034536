package org.agora.classroom.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;

import org.agora.classroom.AnswerInput;

/** A word or two typed in: short-text questions. */
class ShortTextField implements AnswerField {

    static final int MAX = 200;

    private final TextField field = new TextField();

    ShortTextField(String label) {
        field.setLabel(label);
        field.setMaxLength(MAX);
        field.setValueChangeMode(ValueChangeMode.LAZY);
        field.setWidthFull();
    }

    @Override
    public Component component() {
        return field;
    }

    @Override
    public AnswerInput value() {
        return AnswerInput.text(field.getValue());
    }

    @Override
    public void show(AnswerInput stored) {
        field.setValue(stored.text() == null ? "" : stored.text());
    }

    @Override
    public void setReadOnly(boolean readOnly) {
        field.setReadOnly(readOnly);
    }

    @Override
    public void onChange(Runnable listener) {
        field.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                listener.run();
            }
        });
    }
}
