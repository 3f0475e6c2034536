package org.agora.classroom;

import java.util.Comparator;
import java.util.List;
import org.agora.account.Actor;
import org.agora.base.BadInputException;
import org.agora.base.live.SessionChanged;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Deletes one student's data, or a whole class session, leaving no row behind: reviews,
 * answers, device keys, the student, the answers the teacher accepted, the session. Rows are locked in the order answering
 * locks them (the student, then the session), so a student answering at that moment waits
 * and is then refused, instead of deadlocking.
 */
@Service
public class SessionDeletion {

    private final ClassSessionService sessionService;
    private final ClassSessionRepository sessions;
    private final ParticipantRepository participants;
    private final AnswerRepository answers;
    private final AnswerReviewRepository reviews;
    private final ParticipantKeyRepository keys;
    private final SessionAcceptedAnswerRepository acceptedAnswers;
    private final ApplicationEventPublisher events;

    SessionDeletion(
            ClassSessionService sessionService,
            ClassSessionRepository sessions,
            ParticipantRepository participants,
            AnswerRepository answers,
            AnswerReviewRepository reviews,
            ParticipantKeyRepository keys,
            SessionAcceptedAnswerRepository acceptedAnswers,
            ApplicationEventPublisher events) {
        this.sessionService = sessionService;
        this.sessions = sessions;
        this.participants = participants;
        this.answers = answers;
        this.reviews = reviews;
        this.keys = keys;
        this.acceptedAnswers = acceptedAnswers;
        this.events = events;
    }

    /** Deletes a student of the session and everything they sent. */
    @Transactional
    public void deleteStudent(Actor actor, long sessionId, long participantId) {
        sessionService.owned(actor, sessionId);
        Participant participant = participants
                .lockById(participantId)
                .filter(p -> p.getSessionId() == sessionId)
                .orElseThrow(() -> new BadInputException("student", "delete.student.unknown"));
        ClassSession session = sessions.lockById(sessionId).orElseThrow();
        clearSpotlightOf(session, List.of(participant));
        erase(participant);
        // The removed student's own screens read their place again and find it gone.
        events.publishEvent(new SessionChanged(sessionId, SessionChanged.Kind.PACED, participantId));
    }

    /** Deletes the session with all its students and answers. */
    @Transactional
    public void deleteSession(Actor actor, long sessionId) {
        sessionService.owned(actor, sessionId);
        eraseSession(sessionId);
    }

    /**
     * The retention purge's way in: the teacher's deletion without an owner to check.
     * False when the session is gone already.
     */
    @Transactional
    boolean purgeSession(long sessionId) {
        if (!sessions.existsById(sessionId)) {
            return false;
        }
        eraseSession(sessionId);
        return true;
    }

    private void eraseSession(long sessionId) {
        List<Participant> students = participants.findBySessionIdOrderByJoinedAtAscIdAsc(sessionId).stream()
                .sorted(Comparator.comparing(Participant::getId))
                .toList();
        students.forEach(p -> participants.lockById(p.getId()));
        ClassSession session = sessions.lockById(sessionId).orElseThrow();
        session.spotlight(null);
        sessions.flush();
        // Students who joined after the list was read are in too: the session's lock stops new joins only now.
        participants.findBySessionIdOrderByJoinedAtAscIdAsc(sessionId).forEach(this::erase);
        acceptedAnswers.deleteBySessionId(sessionId);
        sessions.delete(session);
        events.publishEvent(SessionChanged.paced(sessionId));
    }

    private void clearSpotlightOf(ClassSession session, List<Participant> students) {
        Long spotlight = session.getSpotlightAnswerId();
        if (spotlight != null
                && answers.findById(spotlight)
                        .map(a -> students.stream().anyMatch(p -> p.getId().equals(a.getParticipantId())))
                        .orElse(false)) {
            session.spotlight(null);
            sessions.flush();
        }
    }

    private void erase(Participant participant) {
        reviews.deleteByParticipantId(participant.getId());
        answers.deleteByParticipantId(participant.getId());
        keys.deleteByParticipantId(participant.getId());
        participants.deleteById(participant.getId());
        participants.flush();
    }
}
