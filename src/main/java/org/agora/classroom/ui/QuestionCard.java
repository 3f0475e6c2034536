package org.agora.classroom.ui;

import static com.vaadin.flow.i18n.I18NProvider.translate;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;
import org.agora.base.BadInputException;
import org.agora.base.FailureKinds;
import org.agora.base.NotAllowedException;
import org.agora.base.ui.PlainButton;
import org.agora.classroom.AnswerInput;
import org.agora.classroom.RubricFeedback;
import org.agora.classroom.SavedAnswer;
import org.agora.lesson.LessonContent.QuestionContent;
import org.agora.lesson.LessonContent.SectionContent;
import org.agora.lesson.QuestionType;
import org.jsoup.nodes.Entities;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One question on the student's screen: the prompt, the answer field, a send button and a
 * state label that says "Saved" only once the server has committed the answer. The card
 * lives as long as the lesson screen, so an unsent draft survives moving between sections
 * and live updates. Every student screen draws the cards of a section when the teacher opens it,
 * so a card is drawn with few elements: its kind and prompt are HTML in one, and the lines for
 * a lock, an error and feedback join the card only once there is something to say.
 */
class QuestionCard extends Div {

    /** Sends an answer and returns it as stored. */
    @FunctionalInterface
    interface Submitter {
        SavedAnswer submit(String questionKey, String submissionId, AnswerInput input);
    }

    private static final Logger log = LoggerFactory.getLogger(QuestionCard.class);

    private final QuestionContent question;
    private final AnswerField field;
    private final Span state = new Span(translate("answer.state.not-answered"));
    private final Paragraph blocked = new Paragraph();
    private final Paragraph message = new Paragraph();
    private final Div feedback = new Div();
    private final PlainButton send = new PlainButton(translate("answer.send"), PlainButton.Variant.PRIMARY);
    private final Div actions;
    private final Div head = new Div();
    private final Submitter submitter;
    private PlainButton pick;
    /** Kept until the answer changes, so that sending the same answer again stores it once. */
    private String submissionId = UUID.randomUUID().toString();
    /** The student changed the answer since it was last stored or shown. */
    private boolean dirty;
    /** Fields start editable. */
    private boolean fieldReadOnly;

    private SavedAnswer saved;
    private String blockedReason;

    QuestionCard(QuestionContent question, SectionContent section, Submitter submitter) {
        this(question, section, submitter, null);
    }

    /** With a {@code picker}, an evidence question's sentence can also be picked in the reading. */
    QuestionCard(QuestionContent question, SectionContent section, Submitter submitter, SentencePicker picker) {
        this.question = question;
        this.submitter = submitter;
        this.field = fieldFor(question, section);
        setId("question-" + question.key());
        addClassNames(
                "agora-question", "agora-question-" + question.type().name().toLowerCase());
        getElement().setAttribute("role", "group");
        getElement().setAttribute("aria-labelledby", "prompt-" + question.key());

        head.addClassName("agora-question-head");
        head.getElement()
                .setProperty(
                        "innerHTML",
                        "<span class=\"agora-kind\">"
                                + Entities.escape(translate("question.kind."
                                        + question.type().name().toLowerCase(Locale.ROOT)))
                                + "</span><h3 id=\"prompt-" + Entities.escape(question.key()) + "\">"
                                + Entities.escape(question.prompt()) + "</h3>");

        state.setId("state-" + question.key());
        state.addClassName("agora-state");
        state.getElement().setAttribute("role", "status");
        state.getElement().setAttribute("aria-live", "polite");

        blocked.setId("blocked-" + question.key());
        blocked.addClassName("agora-blocked");
        message.setId("error-" + question.key());
        message.addClassName("agora-error");
        feedback.addClassName("agora-feedback");

        send.setId("send-" + question.key());
        send.setDisableOnClick(true);
        send.addClickListener(click -> send());

        actions = new Div(send, state);
        actions.addClassName("agora-actions");
        add(head, field.component(), actions);
        field.onChange(this::changed);
        if (picker != null && question.type() == QuestionType.EVIDENCE && field instanceof OptionsField evidence) {
            pick = new PlainButton(getTranslation("answer.pick-in-text"), PlainButton.Variant.TERTIARY);
            pick.addClickListener(click -> picker.pick(question.key(), key -> {
                if (!send.isEnabled()) {
                    return;
                }
                evidence.choose(key);
                changed();
                send.focus();
            }));
            pick.setId("pick-" + question.key());
            addComponentAtIndex(indexOf(actions), pick);
        }
    }

    /**
     * Shows or hides one of the card's lines. A line joins the card the first time it is shown,
     * after {@code after}; until then the browser is sent nothing of it.
     */
    private void show(Component line, boolean shown, Component after) {
        if (line.getParent().isEmpty()) {
            if (!shown) {
                return;
            }
            addComponentAtIndex(indexOf(after) + 1, line);
        }
        line.setVisible(shown);
    }

    /**
     * Shows the stored answer (unless the student is editing a newer draft) and whether the
     * question takes answers now: {@code blockedReason} says why not, or is null.
     */
    void update(SavedAnswer stored, String reason, Object... reasonArgs) {
        this.blockedReason = reason;
        // Redrawn only when the stored answer changed: every card is updated after each answer.
        if (!dirty && !Objects.equals(stored, saved)) {
            this.saved = stored;
            if (stored != null) {
                field.show(stored.input());
                showSaved(stored);
            }
        }
        blocked.setText(reason == null ? "" : getTranslation(reason, reasonArgs));
        show(blocked, reason != null, head);
        refreshControls();
    }

    void focusPick() {
        if (pick != null) {
            pick.focus();
        }
    }

    boolean hasUnsentChanges() {
        return dirty;
    }

    private void changed() {
        dirty = true;
        submissionId = UUID.randomUUID().toString();
        setState("answer.state.changed", "changed");
        show(message, false, actions);
        refreshControls();
    }

    private void send() {
        try {
            SavedAnswer stored = submitter.submit(question.key(), submissionId, field.value());
            dirty = false;
            saved = stored;
            show(message, false, actions);
            showSaved(stored);
        } catch (BadInputException | NotAllowedException refused) {
            setState("answer.state.not-saved", "not-saved");
            showMessage(getTranslation(refused.key(), refused.args()));
        } catch (RuntimeException failed) {
            // Nothing was acknowledged: the same submission id goes out again with the next click.
            // The failure's message may quote the answer, so only its kind goes to the log.
            log.warn(
                    "Answer to {} could not be saved: {}",
                    question.key(),
                    failed.getClass().getName());
            log.debug("Answer to {} could not be saved: {}", question.key(), FailureKinds.of(failed));
            setState("answer.state.not-saved", "not-saved");
            showMessage(getTranslation("answer.not-saved.retry"));
        }
        refreshControls();
    }

    private void showSaved(SavedAnswer stored) {
        feedback.removeAll();
        if (stored.correct() == null) {
            setState("answer.state.saved", "saved");
            if (stored.review() != null) {
                feedback.add(review(stored.review()));
            } else if (question.type().isComprehension() && stored.attemptsLeft() > 0) {
                // Feedback waits for the teacher: another try is possible, with another answer.
                feedback.add(new Paragraph(getTranslation("answer.change-to-send")));
            }
            show(feedback, feedback.getComponentCount() > 0, message.getParent().isPresent() ? message : actions);
        } else {
            setState(
                    stored.correct() ? "answer.state.correct" : "answer.state.incorrect",
                    stored.correct() ? "correct" : "incorrect");
            Paragraph verdict =
                    new Paragraph(getTranslation(stored.correct() ? "answer.verdict.right" : "answer.verdict.wrong"));
            verdict.addClassName("agora-verdict");
            feedback.add(verdict);
            // While tries are left the explanation would give the right answer away.
            boolean finished = stored.correct() || stored.attemptsLeft() == 0;
            if (finished && question.explanation() != null) {
                feedback.add(new Paragraph(question.explanation()));
            }
            if (stored.attemptsLeft() == 0 && !stored.correct()) {
                feedback.add(new Paragraph(getTranslation("answer.no-tries-left")));
                if (stored.rightAnswer() != null) {
                    Paragraph right = new Paragraph(getTranslation("answer.right-answer", stored.rightAnswer()));
                    right.setId("right-" + question.key());
                    right.addClassName("agora-right-answer");
                    feedback.add(right);
                }
            } else if (stored.attemptsLeft() > 0 && !stored.correct()) {
                feedback.add(new Paragraph(getTranslation("answer.tries-left", stored.attemptsLeft())
                        + " "
                        + getTranslation("answer.change-to-send")));
            }
            show(feedback, true, message.getParent().isPresent() ? message : actions);
        }
        send.setText(getTranslation(question.type().takesStance() ? "answer.update" : "answer.send-again"));
    }

    /** The teacher's released review: each rubric score with what it means, the total and the comment. */
    private Div review(RubricFeedback review) {
        return new RubricFeedbackBox(question.key(), review);
    }

    /**
     * Sending is possible while the question takes answers, tries are left and the answer differs
     * from the stored one (the same answer again would change nothing).
     */
    private void refreshControls() {
        boolean triesLeft = saved == null || dirty || saved.attemptsLeft() > 0;
        boolean takes = blockedReason == null;
        boolean unchanged = saved != null && !dirty;
        send.setVisible(triesLeft);
        // Every card is refreshed after each answer: what does not change is not sent again
        // (enabling runs a script in the browser; choice groups draw every option anew on setReadOnly).
        boolean sendable = takes && triesLeft && !unchanged;
        if (send.isEnabled() != sendable) {
            send.setEnabled(sendable);
        }
        boolean readOnly = !takes || !triesLeft;
        if (fieldReadOnly != readOnly) {
            fieldReadOnly = readOnly;
            field.setReadOnly(readOnly);
        }
        if (pick != null) {
            pick.setVisible(takes && triesLeft);
        }
    }

    private void showMessage(String text) {
        message.setText(text);
        show(message, true, actions);
    }

    private void setState(String key, String variant) {
        state.setText(getTranslation(key));
        state.getElement().setAttribute("data-state", variant);
    }

    private static AnswerField fieldFor(QuestionContent q, SectionContent section) {
        String name = "answer-" + q.key();
        return switch (q.type()) {
            case SINGLE_CHOICE, TRUE_FALSE ->
                OptionsField.oneOf(name, translate("answer.field.your-answer"), q.options());
            case MULTIPLE_CHOICE -> OptionsField.anyOf(name, translate("answer.field.your-answer"), q.options());
            case SHORT_TEXT -> new ShortTextField(translate("answer.field.your-answer"));
            case ORDERING -> new OrderingField(translate("answer.field.ordering"), q.options());
            case EVIDENCE ->
                OptionsField.sentence(
                        name,
                        translate("answer.field.evidence"),
                        section.sentences().toList());
            case DEBATE ->
                new StanceField(
                        q.key(),
                        translate("answer.field.stance"),
                        true,
                        section.sentences().toList());
            case POLL_BEFORE, POLL_AFTER -> new StanceField(q.key(), translate("answer.field.stance"), false);
        };
    }
}
