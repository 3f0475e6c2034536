package org.agora.classroom.ui;

import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import org.agora.base.ui.OwnText;
import org.agora.classroom.AnswerInput;

/** A word or two typed in: short-text questions. */
class ShortTextField extends SingleValueField<TextField, String> {

    ShortTextField(String label) {
        super(new TextField(label));
        input.setMaxLength(2 * AnswerInput.SHORT_TEXT_MAX);
        input.setValueChangeMode(ValueChangeMode.LAZY);
        input.setWidthFull();
        OwnText.isolateInput(input);
    }

    @Override
    public AnswerInput value() {
        return AnswerInput.text(input.getValue());
    }

    @Override
    public void show(AnswerInput stored) {
        input.setValue(stored.text() == null ? "" : stored.text());
    }
}
