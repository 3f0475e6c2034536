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
    static Boolean shown(ClassState session, boolean revealed, Boolean correct) {
        return session.feedback() == Feedback.IMMEDIATE || revealed ? correct : null;
    }

    /** One answer; {@code section} lets an evidence question name its sentence. */
    static SavedAnswer of(
            QuestionContent question, SectionContent section, ClassState session, Answer answer, boolean revealed) {
        return of(question, section, session, answer, revealed, null);
    }

    /** With the teacher's released review of the answer, or null. */
    static SavedAnswer of(
            QuestionContent question,
            SectionContent section,
            ClassState session,
            Answer answer,
            boolean revealed,
            RubricFeedback review) {
        return shown(
                question,
                section,
                session,
                new SavedAnswer.Stored(answer.getId(), answer.getCorrect()),
                answer.input(),
                answer.getAttempt(),
                revealed,
                review);
    }

    private static SavedAnswer shown(
            QuestionContent question,
            SectionContent section,
            ClassState session,
            SavedAnswer.Stored stored,
            AnswerInput input,
            int attempt,
            boolean revealed,
            RubricFeedback review) {
        Boolean shown = shown(session, revealed, stored.mark);
        // A revealed section is locked: no tries are left, so the right answer may be shown.
        int left = revealed && !question.type().takesStance()
                ? 0
                : AttemptPolicy.attemptsLeft(question.type(), session.maxAttempts(), attempt, shown);
        String right = Boolean.FALSE.equals(shown) && left == 0 && session.showAnswerWhenOut()
                ? RightAnswer.describe(question, section)
                : null;
        return new SavedAnswer(question.key(), input, attempt, left, shown, right, review, stored);
    }

    /** The teacher's review as its author sees it: only once released, and only when scored. */
    static RubricFeedback feedback(AnswerReview review) {
        return review != null && review.isReleased() && review.scored()
                ? new RubricFeedback(
                        review.getClaim(), review.getEvidence(), review.getReasoning(), review.getComment())
                : null;
    }

    /** The latest of a student's {@code attempts} (oldest first) per question key, in lesson order. */
    static Map<String, SavedAnswer> latest(
            List<Answer> attempts, ClassState session, LessonContent content, SectionRules rules) {
        return latest(attempts, session, content, rules, Map.of());
    }

    /** As above, with the teacher's released reviews by answer id. */
    static Map<String, SavedAnswer> latest(
            List<Answer> attempts,
            ClassState session,
            LessonContent content,
            SectionRules rules,
            Map<Long, RubricFeedback> reviews) {
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

    /**
     * The answers a screen holds, shown again under a newer state of the class (a reveal, a
     * released review), without reading them: each carries the row it was made from. One that does
     * not (made elsewhere than in this package) stays as it is.
     */
    static Map<String, SavedAnswer> under(
            Map<String, SavedAnswer> held,
            ClassState session,
            LessonContent content,
            SectionRules rules,
            Map<Long, RubricFeedback> reviews) {
        Map<String, SavedAnswer> saved = new LinkedHashMap<>();
        for (QuestionContent q : content.allQuestions()) {
            SavedAnswer answer = held.get(q.key());
            if (answer == null) {
                continue;
            }
            saved.put(
                    q.key(),
                    answer.stored() == null
                            ? answer
                            : shown(
                                    q,
                                    content.sectionOf(q.key()).orElse(null),
                                    session,
                                    answer.stored(),
                                    answer.input(),
                                    answer.attemptsUsed(),
                                    rules.revealed(content.sectionIndexOf(q.key())),
                                    reviews.get(answer.stored().answerId)));
        }
        return saved;
    }
}
