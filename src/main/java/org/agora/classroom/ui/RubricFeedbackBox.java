package org.agora.classroom.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import org.agora.base.ui.OwnText;
import org.agora.classroom.RubricFeedback;

/**
 * The teacher's released review of a student's argument: a line per rubric part with its score
 * and what that level means, the total, and the teacher's comment.
 */
class RubricFeedbackBox extends Div {

    RubricFeedbackBox(String questionKey, RubricFeedback review) {
        int max = RubricFeedback.SCORE_MAX;
        Paragraph heading = new Paragraph(getTranslation("answer.review.title"));
        heading.addClassName("agora-verdict");
        add(heading);
        for (RubricCriterion criterion : RubricCriterion.values()) {
            int score = criterion.of(review);
            Paragraph line = new Paragraph(getTranslation(
                    "answer.review.criterion",
                    getTranslation("rubric." + criterion.key()),
                    score,
                    max,
                    getTranslation(criterion.levelKey(score))));
            line.addClassName("agora-review-score");
            add(line);
        }
        add(new Paragraph(getTranslation("answer.review.total", review.total(), 3 * max)));
        if (review.comment() != null) {
            Paragraph comment = OwnText.isolate(new Paragraph(review.comment()));
            comment.addClassName("agora-review-comment");
            add(comment);
        }
        setId("review-" + questionKey);
    }
}
