package org.agora.classroom.ui;

import java.util.Locale;
import org.agora.classroom.ReviewItem;
import org.agora.classroom.RubricFeedback;

/**
 * The three parts of the argument rubric, in the order the teacher scores them. Each level
 * (0 to {@link RubricFeedback#SCORE_MAX}) of each part has a short description in the bundle,
 * shown with the level when the teacher scores and in the feedback the student reads.
 */
enum RubricCriterion {
    CLAIM,
    EVIDENCE,
    REASONING;

    /** The part's name in keys and ids: claim, evidence, reasoning. */
    String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The bundle key of this part's description of one level. */
    String levelKey(int level) {
        return "rubric." + key() + "." + level;
    }

    int of(RubricFeedback feedback) {
        return switch (this) {
            case CLAIM -> feedback.claim();
            case EVIDENCE -> feedback.evidence();
            case REASONING -> feedback.reasoning();
        };
    }

    Integer of(ReviewItem item) {
        return switch (this) {
            case CLAIM -> item.claim();
            case EVIDENCE -> item.evidence();
            case REASONING -> item.reasoning();
        };
    }
}
