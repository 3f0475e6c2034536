package org.agora.lesson.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;

/** One option of a choice question (text and "right"), or one item of an ordering question (text only). */
class OptionRow extends Div {

    private final TextField text = new TextField();
    private final Checkbox right = new Checkbox();

    OptionRow(String id, String value, Boolean correct) {
        addClassName("agora-option-row");
        text.setId(id);
        text.setValue(value == null ? "" : value);
        text.setValueChangeMode(ValueChangeMode.LAZY);
        text.setAriaLabel(getTranslation(correct == null ? "editor.item.label" : "editor.option.label"));
        text.setPlaceholder(getTranslation(correct == null ? "editor.item.label" : "editor.option.label"));
        text.setMaxLength(org.agora.lesson.LessonDraft.OPTION_MAX);
        text.addClassName("agora-option-text");
        add(text);
        if (correct != null) {
            right.setId(id + "-right");
            right.setLabel(getTranslation("editor.option.right"));
            right.setValue(correct);
            add(right);
        }
    }

    TextField text() {
        return text;
    }

    Checkbox right() {
        return right;
    }

    String value() {
        return text.getValue();
    }

    boolean correct() {
        return right.getValue();
    }

    /** Adds the row's move buttons and its remove button after the fields. */
    void addControls(com.vaadin.flow.component.Component moves, Runnable remove) {
        Button delete = new Button(VaadinIcon.TRASH.create(), click -> remove.run());
        delete.setId(text.getId().orElse("option") + "-remove");
        delete.addThemeVariants(
                ButtonVariant.LUMO_TERTIARY,
                ButtonVariant.LUMO_SMALL,
                ButtonVariant.LUMO_ICON,
                ButtonVariant.LUMO_ERROR);
        String label = getTranslation(right.getId().isPresent() ? "editor.option.remove" : "editor.item.remove");
        delete.getElement().setAttribute("aria-label", label);
        delete.getElement().setAttribute("title", label);
        add(moves, delete);
    }
}
