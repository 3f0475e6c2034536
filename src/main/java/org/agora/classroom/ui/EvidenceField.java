package org.agora.classroom.ui;

import java.util.List;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;

import org.agora.classroom.AnswerInput;
import org.agora.lesson.LessonContent.SentenceContent;

/** Pick the sentence of the section that proves a statement. */
class EvidenceField implements AnswerField {

    private final RadioButtonGroup<SentenceContent> group = new RadioButtonGroup<>();
    private final List<SentenceContent> sentences;

    EvidenceField(String label, List<SentenceContent> sentences) {
        this.sentences = sentences;
        group.setLabel(label);
        group.setItems(sentences);
        group.setItemLabelGenerator(SentenceContent::text);
        group.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
        group.addClassName("agora-evidence");
    }

    @Override
    public Component component() {
        return group;
    }

    @Override
    public AnswerInput value() {
        SentenceContent chosen = group.getValue();
        return AnswerInput.choice(chosen == null ? List.of() : List.of(chosen.key()));
    }

    @Override
    public void show(AnswerInput stored) {
        sentences.stream().filter(s -> stored.selection().contains(s.key())).findFirst().ifPresent(group::setValue);
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
