package org.agora.classroom.ui;

import java.util.List;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.value.ValueChangeMode;

import org.agora.classroom.AnswerInput;

/** Where the student stands on a 5-point scale and, for debate questions, their argument. */
class StanceField implements AnswerField {

    static final List<String> LABELS = List.of("Strongly disagree", "Disagree", "Not sure", "Agree",
            "Strongly agree");

    private final Div root = new Div();
    private final RadioButtonGroup<Integer> stance = new RadioButtonGroup<>();
    private final TextArea argument;

    StanceField(String label, boolean withArgument) {
        stance.setLabel(label);
        stance.setItems(1, 2, 3, 4, 5);
        stance.setItemLabelGenerator(i -> LABELS.get(i - 1));
        stance.addClassName("agora-stance");
        root.add(stance);
        if (withArgument) {
            argument = new TextArea("Your argument");
            argument.setHelperText("Give a reason, and point to the text if you can (" + AnswerInput.ARGUMENT_MIN
                    + " to " + AnswerInput.ARGUMENT_MAX + " characters)");
            // The browser counts UTF-16 units; the server counts characters and names the limit if passed.
            argument.setMaxLength(2 * AnswerInput.ARGUMENT_MAX);
            argument.setValueChangeMode(ValueChangeMode.LAZY);
            argument.setWidthFull();
            argument.setMinHeight("6em");
            root.add(argument);
        } else {
            argument = null;
        }
    }

    @Override
    public Component component() {
        return root;
    }

    @Override
    public AnswerInput value() {
        return new AnswerInput(List.of(), argument == null ? null : argument.getValue(), stance.getValue());
    }

    @Override
    public void show(AnswerInput stored) {
        stance.setValue(stored.stance());
        if (argument != null) {
            argument.setValue(stored.text() == null ? "" : stored.text());
        }
    }

    @Override
    public void setReadOnly(boolean readOnly) {
        stance.setReadOnly(readOnly);
        if (argument != null) {
            argument.setReadOnly(readOnly);
        }
    }

    @Override
    public void onChange(Runnable listener) {
        stance.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                listener.run();
            }
        });
        if (argument != null) {
            argument.addValueChangeListener(e -> {
                if (e.isFromClient()) {
                    listener.run();
                }
            });
        }
    }
}
