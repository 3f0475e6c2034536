package org.agora.classroom;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.agora.lesson.LessonContent;
import org.agora.lesson.LessonContent.QuestionContent;
import org.agora.lesson.LessonContent.SectionContent;

/** Stored answers as the student may see them: what feedback, tries and right answers they may know. */
final class SavedAnswers {

    private SavedAnswers() {}

    /** Right or wrong as the student may know it: nothing before the teacher reveals, when deferred. */
    static Boolean shown(ClassSession session, boolean revealed, Boolean correct) {
        return session.getFeedback() == Feedback.IMMEDIATE || revealed ? correct : null;
    }

    /** One answer; {@code section} lets an evidence question name its sentence. */
    static SavedAnswer of(
            QuestionContent question, SectionContent section, ClassSession session, Answer answer, boolean revealed) {
        return of(question, section, session, answer, revealed, null);
    }

    /** With the teacher's review of the answer, shown only once released. */
    static SavedAnswer of(
            QuestionContent question,
            SectionContent section,
            ClassSession session,
            Answer answer,
            boolean revealed,
            AnswerReview review) {
        Boolean shown = shown(session, revealed, answer.getCorrect());
        // A revealed section is locked: no tries are left, so the right answer may be shown.
        int left = revealed && !question.type().takesStance()
                ? 0
                : AttemptPolicy.attemptsLeft(question.type(), session.getMaxAttempts(), answer.getAttempt(), shown);
        String right = Boolean.FALSE.equals(shown) && left == 0 && session.isShowAnswerWhenOut()
                ? RightAnswer.describe(question, section)
                : null;
        RubricFeedback feedback = review != null && review.isReleased() && review.scored()
                ? new RubricFeedback(
                        review.getClaim(), review.getEvidence(), review.getReasoning(), review.getComment())
                : null;
        return new SavedAnswer(question.key(), answer.input(), answer.getAttempt(), left, shown, right, feedback);
    }

    /** The latest of a student's {@code attempts} (oldest first) per question key, in lesson order. */
    static Map<String, SavedAnswer> latest(
            List<Answer> attempts, ClassSession session, LessonContent content, SectionRules rules) {
        return latest(attempts, session, content, rules, Map.of());
    }

    /** As above, with the teacher's reviews by answer id. */
    static Map<String, SavedAnswer> latest(
            List<Answer> attempts,
            ClassSession session,
            LessonContent content,
            SectionRules rules,
            Map<Long, AnswerReview> reviews) {
        Map<Long, Answer> latest = new HashMap<>();
        for (Answer answer : attempts) {
            latest.put(answer.getQuestionId(), answer);
        }
        Map<String, SavedAnswer> saved = new LinkedHashMap<>();
        for (QuestionContent q : content.allQuestions()) {
            Answer answer = latest.get(q.id());
            if (answer != null) {
                saved.put(
                        q.key(),
                        of(
                                q,
                                content.sectionOf(q.key()).orElse(null),
                                session,
                                answer,
                                rules.revealed(content.sectionIndexOf(q.key())),
                                reviews.get(answer.getId())));
            }
        }
        return saved;
    }
}
