package org.agora.classroom;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface AnswerReviewRepository extends JpaRepository<AnswerReview, Long> {

    @Modifying
    @Query(
            "delete from AnswerReview r where r.answerId in (select a.id from Answer a where a.participantId = :participantId)")
    int deleteByParticipantId(long participantId);

    Optional<AnswerReview> findByAnswerId(long answerId);

    List<AnswerReview> findByAnswerIdIn(Collection<Long> answerIds);

    @Query("select r from AnswerReview r where r.answerId in (select a.id from Answer a where a.participantId in "
            + "(select p.id from Participant p where p.sessionId = :sessionId))")
    List<AnswerReview> findBySessionId(long sessionId);

    /** Rows of (student id, review) of the session's released reviews. */
    @Query("select a.participantId, r from AnswerReview r, Answer a where r.answerId = a.id and r.released = true "
            + "and a.participantId in (select p.id from Participant p where p.sessionId = :sessionId)")
    List<Object[]> findReleasedBySessionId(long sessionId);

    /** Releases every scored review of the session; returns how many were new to their students. */
    @Modifying
    @Query("update AnswerReview r set r.released = true, r.version = r.version + 1 where r.released = false "
            + "and r.claim is not null and r.answerId in (select a.id from Answer a where a.participantId in "
            + "(select p.id from Participant p where p.sessionId = :sessionId))")
    int releaseScored(long sessionId);
}
