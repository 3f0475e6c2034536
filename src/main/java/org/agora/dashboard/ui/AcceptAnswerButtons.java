package org.agora.dashboard.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import org.agora.dashboard.QuestionResult;
import org.agora.dashboard.QuestionResult.Bar;
import org.agora.lesson.QuestionType;

/**
 * Under a short-text question's results: "Accept this answer too" beside each wrong answer the
 * class typed, for the teacher to mark it right for this session.
 */
class AcceptAnswerButtons extends Div {

    /** What a click asks for: accept this typed answer to this question. */
    interface Accept {
        void accept(String questionKey, String answer);
    }

    AcceptAnswerButtons(QuestionResult result, Accept accept) {
        setId("accept-" + result.key());
        addClassName("agora-accept-answers");
        int n = 0;
        for (Bar bar : result.bars()) {
            if (bar.right() || bar.count() == 0) {
                continue;
            }
            n++;
            // Typed by a student: it keeps its own direction beside the button.
            Span answer = new Span(bar.label());
            answer.getElement().setAttribute("dir", "auto");
            answer.addClassName("agora-accept-answer");
            Button button = new Button(getTranslation("results.accept"));
            button.addClickListener(click -> {
                accept.accept(result.key(), bar.label());
                // Still here when nothing changed (a refusal): it may be tried again.
                button.setEnabled(true);
            });
            button.setId("accept-" + result.key() + "-" + n);
            button.getElement().setAttribute("aria-label", getTranslation("results.accept.label", bar.label()));
            button.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            button.setDisableOnClick(true);
            Div row = new Div(answer, button);
            row.addClassName("agora-accept-row");
            add(row);
        }
    }

    /** Only short-text questions with a wrong answer get the buttons. */
    static boolean offeredFor(QuestionResult result) {
        return result.type() == QuestionType.SHORT_TEXT
                && result.bars().stream().anyMatch(b -> !b.right() && b.count() > 0);
    }
}
