package org.agora.classroom.ui;

import com.vaadin.flow.component.Component;
import java.util.List;
import org.agora.classroom.AnswerInput;
import org.agora.lesson.LessonContent.OptionContent;
import org.agora.lesson.LessonContent.SentenceContent;

/** Options to tick: single choice and true/false, multiple choice, and the sentence that proves a statement. */
class OptionsField implements AnswerField {

    private final OptionGroup group;

    private OptionsField(OptionGroup group) {
        this.group = group;
    }

    /** One option of several: single choice and true/false. */
    static OptionsField oneOf(String name, String label, List<OptionContent> options) {
        return new OptionsField(new OptionGroup(OptionGroup.Kind.ONE, name, label, choices(options)));
    }

    /** Any number of options: multiple choice. */
    static OptionsField anyOf(String name, String label, List<OptionContent> options) {
        return new OptionsField(new OptionGroup(OptionGroup.Kind.ANY, name, label, choices(options)));
    }

    /** One sentence of the section, the one that proves a statement. */
    static OptionsField sentence(String name, String label, List<SentenceContent> sentences) {
        OptionGroup group = new OptionGroup(
                OptionGroup.Kind.ONE,
                name,
                label,
                sentences.stream()
                        .map(s -> new OptionGroup.Option(s.key(), s.text()))
                        .toList());
        group.addClassName("agora-evidence");
        return new OptionsField(group);
    }

    private static List<OptionGroup.Option> choices(List<OptionContent> options) {
        return options.stream()
                .map(o -> new OptionGroup.Option(String.valueOf(o.id()), o.text()))
                .toList();
    }

    @Override
    public Component component() {
        return group;
    }

    @Override
    public AnswerInput value() {
        return AnswerInput.choice(group.value());
    }

    /** Ticks one option, as if the student had ticked it here (a sentence picked in the reading). */
    void choose(String value) {
        group.setValue(List.of(value));
    }

    @Override
    public void show(AnswerInput stored) {
        group.setValue(stored.selection());
    }

    @Override
    public void setReadOnly(boolean readOnly) {
        group.setReadOnly(readOnly);
    }

    @Override
    public void onChange(Runnable listener) {
        group.onChange(listener);
    }
}
