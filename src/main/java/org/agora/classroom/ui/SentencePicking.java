package org.agora.classroom.ui;

import static com.vaadin.flow.i18n.I18NProvider.translate;

import com.vaadin.flow.component.HasComponents;
import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.dom.Element;
import java.util.List;
import java.util.function.Consumer;
import org.agora.lesson.LessonContent.SectionContent;
import org.agora.lesson.LessonContent.SentenceContent;
import org.agora.lesson.SectionText;
import org.jsoup.nodes.Entities;

/**
 * The section's text on the students' screen, whose sentences an evidence question can ask the
 * student to pick. The sentences are HTML inside one element per paragraph, and the text has one
 * listener for clicks and one for keys, whatever its length: the browser says which sentence
 * ({@code data-sentence}) was clicked or pressed.
 */
class SentencePicking implements SentencePicker {

    /** The key of the sentence an event happened in, or null outside the sentences. */
    static final String SENTENCE_OF_EVENT =
            "event.target.closest('[data-sentence]') && event.target.closest('[data-sentence]').dataset.sentence";

    /** The browser's test whether an event happened in a sentence; only those reach the server. */
    static final String IN_A_SENTENCE = "!!event.target.closest('[data-sentence]')";

    /** The keys that pick the sentence focused, and the one that cancels picking. */
    static final String PICK_KEY = "(event.key === 'Enter' || event.key === ' ') && " + IN_A_SENTENCE;

    static final String CANCEL_KEY = "event.key === 'Escape' && " + IN_A_SENTENCE;

    private final Div hint = new Div();
    private final Span hintText = new Span();
    private final Consumer<String> backToQuestion;
    private final Element text;
    private SectionText shown;
    private List<String> shownKeys = List.of();
    private Consumer<String> chosen;
    private String question;

    /**
     * @param text the element the section's text is drawn in; it keeps its listeners for the life of the screen
     * @param backToQuestion gives focus back to the question whose picking was cancelled
     */
    SentencePicking(HasElement text, Consumer<String> backToQuestion) {
        this.text = text.getElement();
        this.backToQuestion = backToQuestion;
        hint.setId("pick-hint");
        hint.addClassName("agora-pick-hint");
        hintText.getElement().setAttribute("role", "status");
        Button cancel = new Button(translate("lesson.pick.cancel"), click -> cancel());
        cancel.setId("cancel-pick");
        cancel.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        hint.add(hintText, cancel);
        hint.setVisible(false);
        this.text
                .addEventListener("click", e -> picked(e.getEventData().getString(SENTENCE_OF_EVENT)))
                .addEventData(SENTENCE_OF_EVENT)
                .setFilter(IN_A_SENTENCE);
        this.text
                .addEventListener("keydown", e -> picked(e.getEventData().getString(SENTENCE_OF_EVENT)))
                .addEventData(SENTENCE_OF_EVENT)
                .setFilter(PICK_KEY)
                .preventDefault();
        this.text.addEventListener("keydown", e -> cancel()).setFilter(CANCEL_KEY);
    }

    /** Adds the picking hint and the section's paragraphs to {@code target}; any picking ends. */
    void show(HasComponents target, SectionContent section) {
        stop();
        target.add(hint);
        shownKeys = section.sentences().map(SentenceContent::key).toList();
        shown = SectionText.render(target, section.paragraphs(), this::sentenceHtml);
    }

    private String sentenceHtml(SentenceContent sentence) {
        String key = Entities.escape(sentence.key());
        String pickable = chosen == null ? "" : " tabindex=\"0\" role=\"button\"";
        // The sentence's own HTML was cleaned with an allow-list when the lesson was read.
        return "<span id=\"sentence-" + key + "\" data-sentence=\"" + key + "\"" + pickable + ">" + sentence.html()
                + "</span>";
    }

    /** Makes the sentences buttons until one is picked for the evidence question. */
    @Override
    public void pick(String questionKey, Consumer<String> chosen) {
        this.chosen = chosen;
        this.question = questionKey;
        text.getClassList().add("agora-picking");
        hintText.setText(translate("lesson.pick.hint") + " ");
        hint.setVisible(true);
        redraw();
        if (!shownKeys.isEmpty()) {
            text.executeJs("const first = this.querySelector('[data-sentence]'); if (first) first.focus();");
        }
        hint.getElement().callJsFunction("scrollIntoView");
    }

    /** The question waiting for a sentence, or null. */
    String question() {
        return question;
    }

    /** Whether {@code key} is a sentence on screen that can be picked now. */
    private boolean pickable(String key) {
        return chosen != null && shownKeys.contains(key);
    }

    private void picked(String sentenceKey) {
        Consumer<String> waiting = chosen;
        if (!pickable(sentenceKey)) {
            return;
        }
        stop();
        waiting.accept(sentenceKey);
    }

    /** Ends picking and gives keyboard focus back to the question that asked for it. */
    void cancel() {
        String asking = question;
        stop();
        if (asking != null) {
            backToQuestion.accept(asking);
        }
    }

    void stop() {
        boolean wasPicking = chosen != null;
        chosen = null;
        question = null;
        text.getClassList().remove("agora-picking");
        hint.setVisible(false);
        if (wasPicking) {
            redraw();
        }
    }

    private void redraw() {
        if (shown != null) {
            shown.redraw();
        }
    }
}
