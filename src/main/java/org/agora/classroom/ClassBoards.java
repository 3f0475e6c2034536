package org.agora.classroom;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads what every student screen of a class session shares, once per change for the whole
 * class: the session's row and the reviews released to its students, two queries however many
 * students watch. No screen reads it for itself.
 */
@Service
public class ClassBoards {

    private final ClassSessionRepository sessions;
    private final AnswerReviewRepository reviews;

    ClassBoards(ClassSessionRepository sessions, AnswerReviewRepository reviews) {
        this.sessions = sessions;
        this.reviews = reviews;
    }

    /** The class's state now; empty when the session is gone. */
    @Transactional(readOnly = true)
    public Optional<ClassState> read(long sessionId) {
        return sessions.findById(sessionId).map(session -> ClassState.of(session, released(sessionId)));
    }

    private Map<Long, Map<Long, RubricFeedback>> released(long sessionId) {
        Map<Long, Map<Long, RubricFeedback>> byStudent = new HashMap<>();
        for (Object[] row : reviews.findReleasedBySessionId(sessionId)) {
            AnswerReview review = (AnswerReview) row[1];
            RubricFeedback feedback = SavedAnswers.feedback(review);
            if (feedback != null) {
                byStudent.computeIfAbsent((Long) row[0], id -> new HashMap<>()).put(review.getAnswerId(), feedback);
            }
        }
        byStudent.replaceAll((id, answers) -> Map.copyOf(answers));
        return byStudent;
    }
}
