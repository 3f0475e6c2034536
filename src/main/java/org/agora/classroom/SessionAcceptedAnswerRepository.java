package org.agora.classroom;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface SessionAcceptedAnswerRepository extends JpaRepository<SessionAcceptedAnswer, Long> {

    boolean existsBySessionIdAndQuestionIdAndNormalized(long sessionId, long questionId, String normalized);

    @Modifying
    @Query("delete from SessionAcceptedAnswer s where s.sessionId = :sessionId")
    int deleteBySessionId(long sessionId);
}
