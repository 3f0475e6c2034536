package org.agora.classroom.ui;

import java.util.List;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;

import org.agora.classroom.AnswerInput;
import org.agora.lesson.LessonContent.OptionContent;

/** One option of several: single choice and true/false. */
class ChoiceField implements AnswerField {

    private final RadioButtonGroup<OptionContent> group = new RadioButtonGroup<>();
    private final List<OptionContent> options;

    ChoiceField(String label, List<OptionContent> options) {
        this.options = options;
        group.setLabel(label);
        group.setItems(options);
        group.setItemLabelGenerator(OptionContent::text);
        group.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
    }

    @Override
    public Component component() {
        return group;
    }

    @Override
    public AnswerInput value() {
        OptionContent chosen = group.getValue();
        return AnswerInput.choice(chosen == null ? List.of() : List.of(String.valueOf(chosen.id())));
    }

    @Override
    public void show(AnswerInput stored) {
        options.stream().filter(o -> stored.selection().contains(String.valueOf(o.id()))).findFirst()
                .ifPresent(group::setValue);
    }

    @Override
    public void setReadOnly(boolean readOnly) {
        group.setReadOnly(readOnly);
    }

    @Override
    public void onChange(Runnable listener) {
        group.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                listener.run();
            }
        });
    }
}
