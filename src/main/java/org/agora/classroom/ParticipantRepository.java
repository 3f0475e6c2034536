package org.agora.classroom;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface ParticipantRepository extends JpaRepository<Participant, Long> {

    Optional<Participant> findByResumeTokenHash(String resumeTokenHash);

    boolean existsBySessionIdAndNameKey(long sessionId, String nameKey);

    long countBySessionId(long sessionId);

    List<Participant> findBySessionIdOrderByJoinedAtAscIdAsc(long sessionId);
}
