package org.agora.classroom;

import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface ParticipantRepository extends JpaRepository<Participant, Long> {

    Optional<Participant> findByResumeTokenHash(String resumeTokenHash);

    boolean existsBySessionIdAndNameKey(long sessionId, String nameKey);

    long countBySessionId(long sessionId);

    /** Takes the student's row lock: one student's answers are numbered one at a time, whatever the tabs. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select p from Participant p where p.id = :id")
    Optional<Participant> lockById(long id);

    /**
     * Where the student reads and when they were last seen are last-writer-wins facts. They are
     * written without the row's version, so two tabs of one student never fail each other.
     */
    @Modifying
    @Query("update Participant p set p.lastSeenAt = :now where p.id = :id")
    int touch(long id, Instant now);

    @Modifying
    @Query("update Participant p set p.currentSection = :section, p.lastSeenAt = :now, "
            + "p.furthestSection = case when p.furthestSection < :section then :section else p.furthestSection end "
            + "where p.id = :id")
    int moveTo(long id, int section, Instant now);

    /**
     * A live class moves on: every student of the session on section {@code from} is on {@code to}
     * now, as their screens show. Not a visit: when they were last seen stays as it was.
     */
    @Modifying
    @Query("update Participant p set p.currentSection = :to, "
            + "p.furthestSection = case when p.furthestSection < :to then :to else p.furthestSection end "
            + "where p.sessionId = :sessionId and p.currentSection = :from")
    int moveClassOn(long sessionId, int from, int to);

    /** Rows of (session id, students) for the given sessions. */
    @Query("select p.sessionId, count(p) from Participant p where p.sessionId in :ids group by p.sessionId")
    List<Object[]> countBySessionIds(Collection<Long> ids);

    List<Participant> findBySessionIdOrderByJoinedAtAscIdAsc(long sessionId);
}
