package org.agora.classroom;

/** The teacher's released review of an argument, as its author sees it: 0-2 per criterion and a comment. */
public record RubricFeedback(int claim, int evidence, int reasoning, String comment) {

    public static final int SCORE_MAX = AnswerReview.SCORE_MAX;
    public static final int COMMENT_MAX = AnswerReview.COMMENT_MAX;

    public int total() {
        return claim + evidence + reasoning;
    }
}
