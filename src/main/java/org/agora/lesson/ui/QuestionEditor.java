package org.agora.lesson.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import org.agora.lesson.LessonFile.OptionDoc;
import org.agora.lesson.LessonFile.QuestionDoc;
import org.agora.lesson.LessonFile.SentenceDoc;
import org.agora.lesson.QuestionType;
import org.agora.lesson.SectionMarkdown;

/**
 * The form of one question, shaped by its type: prompt and explanation, then the options and
 * the right one(s), the true/false answer, the accepted answers, the items in their right
 * order, or the sentences that prove the answer. Problems are shown on the field they concern.
 */
class QuestionEditor extends Div {

    private static final int NEW_OPTIONS = 3;

    private final String key;
    private final QuestionType type;
    private final Runnable changed;
    private final Supplier<List<SentenceDoc>> sentences;
    private final TextArea prompt = new TextArea();
    private final TextArea explanation = new TextArea();
    private final ReorderList<OptionRow> options;
    private final Paragraph optionsProblem = new Paragraph();
    private final RadioButtonGroup<Boolean> answer = new RadioButtonGroup<>();
    private final TextArea accepted = new TextArea();
    private final Checkbox nearSpellings = new Checkbox();
    private final CheckboxGroup<String> evidence = new CheckboxGroup<>();
    private final Div header = new Div();
    private int optionNumber;
    private List<String> sentenceOrder = List.of();

    QuestionEditor(QuestionDoc doc, Supplier<List<SentenceDoc>> sentences, Runnable changed) {
        this.key = doc.key();
        this.type = QuestionType.valueOf(doc.type());
        this.changed = changed;
        this.sentences = sentences;
        this.options = new ReorderList<>("editor.noun.option", row -> row, changed);
        setId("question-editor-" + key);
        addClassName("agora-question-editor");
        H4 kind = new H4(getTranslation("question.kind." + type.name().toLowerCase(Locale.ROOT)));
        header.addClassName("agora-editor-row-header");
        header.add(kind);
        add(header);

        prompt.setId("prompt-" + key);
        prompt.setLabel(getTranslation(
                type == QuestionType.TRUE_FALSE ? "editor.question.statement" : "editor.question.prompt"));
        prompt.setValue(orEmpty(doc.prompt()));
        prompt.setWidthFull();
        watch(prompt);
        add(prompt);
        switch (type) {
            case SINGLE_CHOICE, MULTIPLE_CHOICE -> choices(doc.options());
            case TRUE_FALSE -> trueFalse(doc.answer());
            case SHORT_TEXT -> acceptedAnswers(doc.accepted(), doc.acceptsNearSpellings());
            case ORDERING -> items(doc.items());
            case EVIDENCE -> evidence(doc.sentences());
            default -> add(new Paragraph(getTranslation("editor.question.debate-help")));
        }
        if (type.isComprehension()) {
            explanation.setId("explanation-" + key);
            explanation.setLabel(getTranslation("editor.question.explanation"));
            explanation.setHelperText(getTranslation("editor.question.explanation-help"));
            explanation.setValue(orEmpty(doc.explanation()));
            explanation.setWidthFull();
            watch(explanation);
            add(explanation);
        }
    }

    String key() {
        return key;
    }

    /** Where a dragged question is dropped. */
    Div header() {
        return header;
    }

    /** Where the section puts the move and remove buttons. */
    void addHeaderControls(Component moves, Runnable remove) {
        Button delete = new Button(VaadinIcon.TRASH.create(), click -> remove.run());
        delete.setId("remove-" + key);
        delete.addThemeVariants(
                ButtonVariant.LUMO_TERTIARY,
                ButtonVariant.LUMO_SMALL,
                ButtonVariant.LUMO_ICON,
                ButtonVariant.LUMO_ERROR);
        delete.getElement().setAttribute("aria-label", getTranslation("editor.question.remove", key));
        delete.getElement().setAttribute("title", getTranslation("editor.question.remove", key));
        header.add(moves, delete);
    }

    private void choices(List<OptionDoc> given) {
        options.setId("options-" + key);
        List<OptionDoc> start = given == null || given.isEmpty()
                ? IntStream.range(0, NEW_OPTIONS)
                        .mapToObj(i -> new OptionDoc("", false))
                        .toList()
                : given;
        start.forEach(o -> addOption(o.text(), o.correct()));
        add(options, optionsProblem(), addButton("add-option-" + key, "editor.option.add", () -> addOption("", false)));
    }

    private void items(List<String> given) {
        options.setId("items-" + key);
        add(new Paragraph(getTranslation("editor.question.ordering-help")));
        List<String> start = given == null || given.isEmpty() ? Arrays.asList("", "", "") : given;
        start.forEach(item -> addOption(item, null));
        add(options, optionsProblem(), addButton("add-option-" + key, "editor.item.add", () -> addOption("", null)));
    }

    private void addOption(String text, Boolean correct) {
        optionNumber++;
        OptionRow row = new OptionRow("option-" + key + "-" + optionNumber, text, correct);
        watch(row.text());
        if (correct != null && type == QuestionType.SINGLE_CHOICE) {
            // One right option: the box is drawn round, as a radio button, and says so to screen readers.
            row.right().addClassName("agora-one-right");
            row.right().getElement().setAttribute("aria-description", getTranslation("editor.option.one-right"));
        }
        if (correct != null) {
            row.right().addValueChangeListener(e -> {
                if (e.isFromClient() && e.getValue() && type == QuestionType.SINGLE_CHOICE) {
                    // One right option: choosing it unchooses the others.
                    options.rows().stream()
                            .filter(r -> r != row)
                            .forEach(r -> r.right().setValue(false));
                }
                changed.run();
            });
        }
        row.addControls(options.controls(row, row.text().getId().orElseThrow()), () -> options.removeRow(row));
        options.addRow(row);
        changed.run();
    }

    private Paragraph optionsProblem() {
        optionsProblem.setId("problem-options-" + key);
        optionsProblem.addClassNames("agora-error", "agora-problem");
        optionsProblem.getElement().setAttribute("role", "alert");
        optionsProblem.setVisible(false);
        return optionsProblem;
    }

    private void trueFalse(Boolean given) {
        answer.setId("answer-" + key);
        answer.setLabel(getTranslation("editor.question.true-false"));
        answer.setItems(Boolean.TRUE, Boolean.FALSE);
        answer.setItemLabelGenerator(b -> getTranslation(b ? "editor.true" : "editor.false"));
        answer.setValue(given);
        answer.addValueChangeListener(e -> changed.run());
        add(answer);
    }

    private void acceptedAnswers(List<String> given, boolean near) {
        accepted.setId("accepted-" + key);
        accepted.setLabel(getTranslation("editor.question.accepted"));
        accepted.setHelperText(getTranslation("editor.question.accepted-help"));
        accepted.setValue(given == null ? "" : String.join("\n", given));
        accepted.setWidthFull();
        watch(accepted);
        nearSpellings.setId("near-spellings-" + key);
        nearSpellings.setLabel(getTranslation("editor.question.near-spellings"));
        nearSpellings.setHelperText(getTranslation("editor.question.near-spellings-help"));
        nearSpellings.setValue(near);
        nearSpellings.addValueChangeListener(e -> changed.run());
        add(accepted, nearSpellings);
    }

    private void evidence(List<String> given) {
        evidence.setId("sentences-" + key);
        evidence.setLabel(getTranslation("editor.question.evidence"));
        evidence.addClassName("agora-evidence-choices");
        if (given != null) {
            // Keys of sentences no longer in the text stay chosen, so the rule can name them.
            evidence.setItems(given);
            evidence.setValue(new LinkedHashSet<>(given));
        }
        refreshSentences();
        evidence.addValueChangeListener(e -> changed.run());
        add(evidence);
    }

    /** The section's text changed: offer its sentences as they are now (read once, labelled by their text). */
    void refreshSentences() {
        if (type != QuestionType.EVIDENCE) {
            return;
        }
        Set<String> chosen = evidence.getValue();
        Map<String, String> labels = new LinkedHashMap<>();
        sentences.get().forEach(s -> labels.put(s.id(), SectionMarkdown.plain(s.text())));
        List<String> keys = new ArrayList<>(labels.keySet());
        if (chosen != null) {
            chosen.stream().filter(k -> !labels.containsKey(k)).forEach(keys::add);
        }
        sentenceOrder = List.copyOf(labels.keySet());
        evidence.setItems(keys);
        evidence.setItemLabelGenerator(k -> labels.getOrDefault(k, getTranslation("editor.question.evidence-gone", k)));
        if (chosen != null) {
            evidence.setValue(chosen);
        }
    }

    private Button addButton(String id, String labelKey, Runnable action) {
        Button add = new Button(getTranslation(labelKey), VaadinIcon.PLUS.create(), click -> action.run());
        add.setId(id);
        add.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        return add;
    }

    private void watch(com.vaadin.flow.component.textfield.TextFieldBase<?, String> field) {
        if (field instanceof TextArea area) {
            area.setValueChangeMode(ValueChangeMode.LAZY);
        }
        field.addValueChangeListener(e -> changed.run());
    }

    /** The question as the form holds it now. */
    QuestionDoc value() {
        String why = type.isComprehension() ? explanation.getValue() : null;
        return switch (type) {
            case SINGLE_CHOICE, MULTIPLE_CHOICE ->
                new QuestionDoc(
                        key,
                        type.name(),
                        prompt.getValue(),
                        why,
                        options.rows().stream()
                                .map(r -> new OptionDoc(r.value(), r.correct()))
                                .toList(),
                        null,
                        null,
                        null,
                        null);
            case TRUE_FALSE ->
                new QuestionDoc(key, type.name(), prompt.getValue(), why, null, answer.getValue(), null, null, null);
            case SHORT_TEXT ->
                new QuestionDoc(
                        key,
                        type.name(),
                        prompt.getValue(),
                        why,
                        null,
                        null,
                        accepted.getValue()
                                .lines()
                                .map(String::strip)
                                .filter(a -> !a.isEmpty())
                                .toList(),
                        null,
                        null,
                        nearSpellings.getValue() ? Boolean.TRUE : null);
            case ORDERING ->
                new QuestionDoc(
                        key,
                        type.name(),
                        prompt.getValue(),
                        why,
                        null,
                        null,
                        null,
                        options.rows().stream().map(OptionRow::value).toList(),
                        null);
            case EVIDENCE ->
                new QuestionDoc(
                        key,
                        type.name(),
                        prompt.getValue(),
                        why,
                        null,
                        null,
                        null,
                        null,
                        evidence.getValue().stream().sorted(this::inTextOrder).toList());
            default -> new QuestionDoc(key, type.name(), prompt.getValue(), null, null, null, null, null, null);
        };
    }

    private int inTextOrder(String a, String b) {
        return Integer.compare(
                sentenceOrder.contains(a) ? sentenceOrder.indexOf(a) : Integer.MAX_VALUE,
                sentenceOrder.contains(b) ? sentenceOrder.indexOf(b) : Integer.MAX_VALUE);
    }

    void clearProblems() {
        for (HasValidation field : List.<HasValidation>of(prompt, explanation, answer, accepted, evidence)) {
            field.setInvalid(false);
            field.setErrorMessage(null);
        }
        optionsProblem.setVisible(false);
    }

    /** Shows a problem on the part it concerns: prompt, explanation, options, items, answer, accepted, sentences. */
    void showProblem(String part, String message) {
        HasValidation field = switch (part) {
            case "explanation" -> explanation;
            case "answer" -> answer;
            case "accepted" -> accepted;
            case "sentences" -> evidence;
            case "options", "items" -> null;
            default -> prompt;
        };
        if (field == null) {
            optionsProblem.setText(message);
            optionsProblem.setVisible(true);
        } else {
            field.setErrorMessage(message);
            field.setInvalid(true);
        }
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text;
    }
}
