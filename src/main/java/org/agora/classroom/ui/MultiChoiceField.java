package org.agora.classroom.ui;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.checkbox.CheckboxGroupVariant;

import org.agora.classroom.AnswerInput;
import org.agora.lesson.LessonContent.OptionContent;

/** Any number of options: multiple choice. */
class MultiChoiceField implements AnswerField {

    private final CheckboxGroup<OptionContent> group = new CheckboxGroup<>();
    private final List<OptionContent> options;

    MultiChoiceField(String label, List<OptionContent> options) {
        this.options = options;
        group.setLabel(label);
        group.setItems(options);
        group.setItemLabelGenerator(OptionContent::text);
        group.addThemeVariants(CheckboxGroupVariant.LUMO_VERTICAL);
    }

    @Override
    public Component component() {
        return group;
    }

    @Override
    public AnswerInput value() {
        return AnswerInput.choice(options.stream().filter(group.getValue()::contains)
                .map(o -> String.valueOf(o.id())).toList());
    }

    @Override
    public void show(AnswerInput stored) {
        Set<OptionContent> chosen = options.stream()
                .filter(o -> stored.selection().contains(String.valueOf(o.id()))).collect(Collectors.toSet());
        group.setValue(chosen);
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
