package org.agora.classroom.ui;

import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import java.util.List;
import org.agora.classroom.AnswerInput;
import org.agora.lesson.LessonContent.OptionContent;

/** One option of several: single choice and true/false. */
class ChoiceField extends SingleValueField<RadioButtonGroup<OptionContent>, OptionContent> {

    private final List<OptionContent> options;

    ChoiceField(String label, List<OptionContent> options) {
        super(new RadioButtonGroup<>(label));
        this.options = options;
        input.setItems(options);
        input.setItemLabelGenerator(OptionContent::text);
        input.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
    }

    @Override
    public AnswerInput value() {
        OptionContent chosen = input.getValue();
        return AnswerInput.choice(chosen == null ? List.of() : List.of(String.valueOf(chosen.id())));
    }

    @Override
    public void show(AnswerInput stored) {
        options.stream()
                .filter(o -> stored.selection().contains(String.valueOf(o.id())))
                .findFirst()
                .ifPresent(input::setValue);
    }
}
