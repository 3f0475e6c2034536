package org.agora.classroom;

import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.agora.account.Actor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Read access to a session's students and answers, for the teacher's read models. */
@Service
public class SessionRecords {

    /** A student as the teacher sees them. */
    public record ParticipantRecord(long id, String displayName, Instant joinedAt, Instant lastSeenAt) {}

    /**
     * One stored attempt: the chosen option ids, order, sentence key or cited sentence keys in
     * {@code selection}; typed text or argument in {@code text}.
     */
    public record AnswerRecord(
            long id,
            long participantId,
            long questionId,
            int attempt,
            Boolean correct,
            Integer stance,
            List<String> selection,
            String text,
            Instant submittedAt) {}

    private final ClassSessionService sessions;
    private final ParticipantRepository participants;
    private final AnswerRepository answers;

    SessionRecords(ClassSessionService sessions, ParticipantRepository participants, AnswerRepository answers) {
        this.sessions = sessions;
        this.participants = participants;
        this.answers = answers;
    }

    @Transactional(readOnly = true)
    public List<ParticipantRecord> participants(Actor actor, long sessionId) {
        sessions.owned(actor, sessionId);
        return participants.findBySessionIdOrderByJoinedAtAscIdAsc(sessionId).stream()
                .map(p -> new ParticipantRecord(p.getId(), p.getDisplayName(), p.getJoinedAt(), lastSeen(p)))
                .toList();
    }

    @Transactional(readOnly = true)
    public List<AnswerRecord> answers(Actor actor, long sessionId) {
        sessions.owned(actor, sessionId);
        return answers.findBySessionId(sessionId).stream()
                .map(a -> new AnswerRecord(
                        a.getId(),
                        a.getParticipantId(),
                        a.getQuestionId(),
                        a.getAttempt(),
                        a.getCorrect(),
                        a.input().stance(),
                        a.input().selection(),
                        a.input().text(),
                        a.getSubmittedAt()))
                .toList();
    }

    /**
     * Each student's latest attempt at each question, from a session's attempts: what the
     * teacher's figures count. Ordered by student, then question.
     */
    public static List<AnswerRecord> latest(List<AnswerRecord> attempts) {
        Map<String, AnswerRecord> latest = new HashMap<>();
        for (AnswerRecord a : attempts) {
            latest.merge(a.participantId() + "/" + a.questionId(), a, (x, y) -> x.attempt() >= y.attempt() ? x : y);
        }
        return latest.values().stream()
                .sorted(Comparator.comparingLong(AnswerRecord::participantId)
                        .thenComparingLong(AnswerRecord::questionId))
                .toList();
    }

    private static Instant lastSeen(Participant participant) {
        return participant.lastSeenAt();
    }
}
