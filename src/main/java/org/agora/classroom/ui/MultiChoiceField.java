package org.agora.classroom.ui;

import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.checkbox.CheckboxGroupVariant;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.agora.classroom.AnswerInput;
import org.agora.lesson.LessonContent.OptionContent;

/** Any number of options: multiple choice. */
class MultiChoiceField extends SingleValueField<CheckboxGroup<OptionContent>, Set<OptionContent>> {

    private final List<OptionContent> options;

    MultiChoiceField(String label, List<OptionContent> options) {
        super(new CheckboxGroup<>(label));
        this.options = options;
        input.setItems(options);
        input.setItemLabelGenerator(OptionContent::text);
        input.addThemeVariants(CheckboxGroupVariant.LUMO_VERTICAL);
    }

    @Override
    public AnswerInput value() {
        return AnswerInput.choice(options.stream()
                .filter(input.getValue()::contains)
                .map(o -> String.valueOf(o.id()))
                .toList());
    }

    @Override
    public void show(AnswerInput stored) {
        input.setValue(options.stream()
                .filter(o -> stored.selection().contains(String.valueOf(o.id())))
                .collect(Collectors.toSet()));
    }
}
