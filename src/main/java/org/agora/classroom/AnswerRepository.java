package org.agora.classroom;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface AnswerRepository extends JpaRepository<Answer, Long> {

    /** Deletes every answer of a student (their reviews first, see AnswerReviewRepository). */
    @Modifying
    @Query("delete from Answer a where a.participantId = :participantId")
    int deleteByParticipantId(long participantId);

    Optional<Answer> findBySubmissionId(String submissionId);

    List<Answer> findByParticipantIdAndQuestionIdOrderByAttemptDesc(long participantId, long questionId);

    List<Answer> findByParticipantIdOrderByAttemptAsc(long participantId);

    @Query("select a from Answer a where a.participantId in "
            + "(select p.id from Participant p where p.sessionId = :sessionId) order by a.id")
    List<Answer> findBySessionId(long sessionId);

    @Query("select a from Answer a where a.questionId = :questionId and a.participantId in "
            + "(select p.id from Participant p where p.sessionId = :sessionId) order by a.id")
    List<Answer> findBySessionIdAndQuestionId(long sessionId, long questionId);

    /**
     * Rows of (session id, answers) for the given sessions: one per student and question, however
     * often they tried (each has exactly one first attempt).
     */
    @Query("select p.sessionId, count(a) from Answer a, Participant p where a.participantId = p.id "
            + "and a.attempt = 1 and p.sessionId in :ids group by p.sessionId")
    List<Object[]> countBySessionIds(Collection<Long> ids);

    /** The session's stored rows, every attempt counted. */
    @Query("select count(a) from Answer a where a.participantId in "
            + "(select p.id from Participant p where p.sessionId = :sessionId)")
    long countBySessionId(long sessionId);

    /** The session's answers, one per student and question however often they tried. */
    @Query("select count(a) from Answer a where a.attempt = 1 and a.participantId in "
            + "(select p.id from Participant p where p.sessionId = :sessionId)")
    long countAnsweredBySessionId(long sessionId);
}
