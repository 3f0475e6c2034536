package org.agora.classroom.ui;

import static com.vaadin.flow.i18n.I18NProvider.translate;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.List;
import java.util.stream.Collectors;
import org.agora.base.ui.OwnText;
import org.agora.classroom.AnswerInput;
import org.agora.lesson.LessonContent.SentenceContent;

/** Where the student stands on a 5-point scale and, for debate questions, their argument. */
class StanceField implements AnswerField {

    /** The name of a point of the scale, from 1 (strongly disagree) to 5 (strongly agree). */
    static String label(int stance) {
        return translate("stance." + stance);
    }

    private final Div root = new Div();
    private final RadioButtonGroup<Integer> stance = new RadioButtonGroup<>();
    private final TextArea argument;

    private final CheckboxGroup<SentenceContent> citations;
    private boolean sentencesOffered;

    StanceField(String label, boolean withArgument) {
        this(label, withArgument, List.of());
    }

    /** With {@code sentences}, the student may cite up to three of them in support. */
    StanceField(String label, boolean withArgument, List<SentenceContent> sentences) {
        stance.setLabel(label);
        stance.setItems(1, 2, 3, 4, 5);
        stance.setItemLabelGenerator(StanceField::label);
        stance.addClassName("agora-stance");
        root.add(stance);
        if (withArgument) {
            argument = new TextArea(translate("answer.field.argument"));
            argument.setHelperText(
                    translate("answer.field.argument.help", AnswerInput.ARGUMENT_MIN, AnswerInput.ARGUMENT_MAX));
            // The browser counts UTF-16 units; the server counts characters and names the limit if passed.
            argument.setMaxLength(2 * AnswerInput.ARGUMENT_MAX);
            argument.setValueChangeMode(ValueChangeMode.LAZY);
            argument.setWidthFull();
            argument.setMinHeight("6em");
            OwnText.isolateInput(argument);
            root.add(argument);
        } else {
            argument = null;
        }
        if (withArgument && !sentences.isEmpty()) {
            citations = new CheckboxGroup<>(translate("answer.field.citations", AnswerInput.CITATIONS_MAX));
            citations.setItemLabelGenerator(SentenceContent::text);
            citations.addThemeVariants(com.vaadin.flow.component.checkbox.CheckboxGroupVariant.LUMO_VERTICAL);
            citations.addClassName("agora-citations");
            this.sentences = sentences;
            full.addClassName("agora-citations-full");
            full.setVisible(false);
            // Once the most a debate answer may cite are ticked, the others wait until one is unticked.
            citations.setItemEnabledProvider(s -> citations.getValue().size() < AnswerInput.CITATIONS_MAX
                    || citations.getValue().contains(s));
            citations.addValueChangeListener(change -> showLimit());
            Details details = new Details(translate("answer.field.cite"), citations, full);
            details.addClassName("agora-cite");
            // The sentences become checkboxes when first opened: most students never open it,
            // and every checkbox is held in the server's memory for as long as the tab is open.
            details.addOpenedChangeListener(opened -> {
                if (opened.isOpened()) {
                    offerSentences();
                }
            });
            root.add(details);
        } else {
            citations = null;
            this.sentences = List.of();
        }
    }

    private final List<SentenceContent> sentences;

    /** The line saying the limit, shown while it is reached. */
    private final Paragraph full = new Paragraph(translate("answer.field.citations.full", AnswerInput.CITATIONS_MAX));

    @Override
    public Component component() {
        return root;
    }

    @Override
    public AnswerInput value() {
        List<String> cited = citations == null
                ? List.of()
                : sentences.stream()
                        .filter(citations.getValue()::contains)
                        .map(SentenceContent::key)
                        .toList();
        return new AnswerInput(cited, argument == null ? null : argument.getValue(), stance.getValue());
    }

    private void showLimit() {
        boolean reached = citations.getValue().size() >= AnswerInput.CITATIONS_MAX;
        full.setVisible(reached);
        // Asks the provider again for every checkbox.
        citations.setItemEnabledProvider(citations.getItemEnabledProvider());
    }

    private void offerSentences() {
        if (!sentencesOffered) {
            sentencesOffered = true;
            citations.setItems(sentences);
        }
    }

    @Override
    public void show(AnswerInput stored) {
        stance.setValue(stored.stance());
        if (argument != null) {
            argument.setValue(stored.text() == null ? "" : stored.text());
        }
        if (citations != null && !stored.selection().isEmpty()) {
            offerSentences();
            citations.setValue(sentences.stream()
                    .filter(s -> stored.selection().contains(s.key()))
                    .collect(Collectors.toSet()));
        }
    }

    @Override
    public void setReadOnly(boolean readOnly) {
        stance.setReadOnly(readOnly);
        if (argument != null) {
            argument.setReadOnly(readOnly);
        }
        if (citations != null) {
            citations.setReadOnly(readOnly);
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
        if (citations != null) {
            citations.addValueChangeListener(e -> {
                if (e.isFromClient()) {
                    listener.run();
                }
            });
        }
    }
}
