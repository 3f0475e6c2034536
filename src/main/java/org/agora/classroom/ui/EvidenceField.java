package org.agora.classroom.ui;

import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import java.util.List;
import org.agora.classroom.AnswerInput;
import org.agora.lesson.LessonContent.SentenceContent;

/** Pick the sentence of the section that proves a statement. */
class EvidenceField extends SingleValueField<RadioButtonGroup<SentenceContent>, SentenceContent> {

    private final List<SentenceContent> sentences;

    EvidenceField(String label, List<SentenceContent> sentences) {
        super(new RadioButtonGroup<>(label));
        this.sentences = sentences;
        input.setItems(sentences);
        input.setItemLabelGenerator(SentenceContent::text);
        input.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
        input.addClassName("agora-evidence");
    }

    @Override
    public AnswerInput value() {
        SentenceContent chosen = input.getValue();
        return AnswerInput.choice(chosen == null ? List.of() : List.of(chosen.key()));
    }

    /** Chooses a sentence picked in the reading, as if the student had chosen it here. */
    void choose(String sentenceKey) {
        sentences.stream().filter(s -> s.key().equals(sentenceKey)).findFirst().ifPresent(input::setValue);
    }

    @Override
    public void show(AnswerInput stored) {
        sentences.stream()
                .filter(s -> stored.selection().contains(s.key()))
                .findFirst()
                .ifPresent(input::setValue);
    }
}
