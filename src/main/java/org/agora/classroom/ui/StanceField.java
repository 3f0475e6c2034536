package org.agora.classroom.ui;

import static com.vaadin.flow.i18n.I18NProvider.translate;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeDetails;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.List;
import java.util.stream.IntStream;
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
    private final OptionGroup stance;
    private final TextArea argument;

    private final OptionGroup citations;
    private boolean sentencesOffered;

    StanceField(String questionKey, String label, boolean withArgument) {
        this(questionKey, label, withArgument, List.of());
    }

    /** With {@code sentences}, the student may cite up to three of them in support. */
    StanceField(String questionKey, String label, boolean withArgument, List<SentenceContent> sentences) {
        stance = new OptionGroup(
                OptionGroup.Kind.ONE,
                "stance-" + questionKey,
                label,
                IntStream.rangeClosed(1, 5)
                        .mapToObj(i -> new OptionGroup.Option(String.valueOf(i), label(i)))
                        .toList());
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
            citations = new OptionGroup(
                    OptionGroup.Kind.ANY,
                    "citations-" + questionKey,
                    translate("answer.field.citations", AnswerInput.CITATIONS_MAX),
                    List.of());
            citations.addClassName("agora-citations");
            // Once the most a debate answer may cite are ticked, the others wait until one is unticked.
            citations.setLimit(AnswerInput.CITATIONS_MAX);
            this.sentences = sentences;
            full.addClassName("agora-citations-full");
            full.setVisible(false);
            citations.onChange(this::showLimit);
            // The browser's own details element: Vaadin's sends its state from every browser on
            // each section drawn, an extra round trip per student, even if nobody opens it.
            Div list = new Div(citations, full);
            NativeDetails details = new NativeDetails(translate("answer.field.cite"), list);
            details.addClassName("agora-cite");
            // The sentences are drawn when first opened: most students never open it.
            details.addToggleListener(toggle -> {
                if (toggle.isOpened()) {
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
        List<String> cited = citations == null ? List.of() : citations.value();
        List<String> chosen = stance.value();
        Integer standing = chosen.isEmpty() ? null : Integer.valueOf(chosen.get(0));
        return new AnswerInput(cited, argument == null ? null : argument.getValue(), standing);
    }

    private void showLimit() {
        full.setVisible(citations.value().size() >= AnswerInput.CITATIONS_MAX);
    }

    private void offerSentences() {
        if (!sentencesOffered) {
            sentencesOffered = true;
            citations.setOptions(sentences.stream()
                    .map(s -> new OptionGroup.Option(s.key(), s.text()))
                    .toList());
        }
    }

    @Override
    public void show(AnswerInput stored) {
        stance.setValue(stored.stance() == null ? List.of() : List.of(String.valueOf(stored.stance())));
        if (argument != null) {
            argument.setValue(stored.text() == null ? "" : stored.text());
        }
        if (citations != null && !stored.selection().isEmpty()) {
            offerSentences();
            citations.setValue(stored.selection());
            showLimit();
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
        stance.onChange(listener);
        if (argument != null) {
            argument.addValueChangeListener(e -> {
                if (e.isFromClient()) {
                    listener.run();
                }
            });
        }
        if (citations != null) {
            citations.onChange(listener);
        }
    }
}
