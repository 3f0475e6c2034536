package org.agora.classroom;

import java.time.Instant;
import java.util.Map;
import java.util.function.Predicate;
import org.agora.base.live.SessionChanged;

/**
 * What every student screen of one class session shares at one version of the session: its
 * settings, the teacher's pacing, the wall, and the reviews released to each student. Read once
 * per change and handed to every screen of the session ({@link ClassBoards}); a screen skips a
 * state older than the one it shows. {@code releasedReviews} maps a student's id to their
 * released reviews by answer id.
 */
public record ClassState(
        long sessionId,
        long version,
        String title,
        long revisionId,
        Feedback feedback,
        int maxAttempts,
        boolean showAnswerWhenOut,
        boolean open,
        Pacing pacing,
        int openSections,
        int lockedSections,
        int revealedSections,
        Instant closesAt,
        Gate gate,
        boolean wallOpen,
        boolean wallNames,
        Map<Long, Map<Long, RubricFeedback>> releasedReviews) {

    /** The changes that make a new state: the teacher's (pacing, the wall, reviews, closing, removals). */
    public static final Predicate<SessionChanged> CHANGES = change -> change.kind() == SessionChanged.Kind.PACED;

    /** The id of a session not stored yet, whose rules can still be asked. */
    static final long UNSAVED = 0;

    /** The session's own state, without the students' reviews. */
    static ClassState of(ClassSession session) {
        return of(session, Map.of());
    }

    static ClassState of(ClassSession session, Map<Long, Map<Long, RubricFeedback>> releasedReviews) {
        return new ClassState(
                session.getId() == null ? UNSAVED : session.getId(),
                session.getVersion(),
                session.getTitle(),
                session.getRevisionId(),
                session.getFeedback(),
                session.getMaxAttempts(),
                session.isShowAnswerWhenOut(),
                session.isOpen(),
                session.getPacing(),
                session.getOpenSections(),
                session.getLockedSections(),
                session.getRevealedSections(),
                session.getClosesAt(),
                session.getGate(),
                session.isWallOpen(),
                session.isWallNames(),
                Map.copyOf(releasedReviews));
    }

    /** Whether the session takes answers at {@code now}: open, and before any closing time. */
    boolean takesAnswers(Instant now) {
        return open && (closesAt == null || now.isBefore(closesAt));
    }

    /** The reviews released to one student, by answer id. */
    Map<Long, RubricFeedback> releasedTo(long participantId) {
        return releasedReviews.getOrDefault(participantId, Map.of());
    }
}
