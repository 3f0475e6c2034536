package org.agora.classroom;

import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface ClassSessionRepository extends JpaRepository<ClassSession, Long> {

    Optional<ClassSession> findByJoinCode(String joinCode);

    /**
     * Reads the session under its row lock, so that an answer and the teacher's lock or reveal
     * are applied one after the other: no answer slips in after results are shown.
     */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select s from ClassSession s where s.id = :id")
    Optional<ClassSession> lockById(long id);

    /**
     * Reads the session under its row lock and makes its version grow at the commit, though no
     * column of it changed: a change its students' screens show (a released review) is a new
     * version of the class's state.
     */
    @Lock(LockModeType.PESSIMISTIC_FORCE_INCREMENT)
    @Query("select s from ClassSession s where s.id = :id")
    Optional<ClassSession> bumpById(long id);

    boolean existsByJoinCode(String joinCode);

    List<ClassSession> findByOwnerIdOrderByCreatedAtDesc(long ownerId, Pageable pageable);

    List<ClassSession> findAllByOrderByCreatedAtDesc(Pageable pageable);

    /**
     * Ids above {@code after} of sessions with no activity since {@code cutoff}: created, closed,
     * due, a student seen, an answer sent, a review written and an answer accepted by the teacher
     * all before it; in id order.
     */
    @Query("""
            select s.id from ClassSession s
            where s.id > :after and s.createdAt < :cutoff
              and (s.closedAt is null or s.closedAt < :cutoff)
              and (s.closesAt is null or s.closesAt < :cutoff)
              and not exists (select p.id from Participant p
                  where p.sessionId = s.id and (p.lastSeenAt >= :cutoff or p.joinedAt >= :cutoff))
              and not exists (select a.id from Answer a, Participant p
                  where a.participantId = p.id and p.sessionId = s.id and a.submittedAt >= :cutoff)
              and not exists (select r.id from AnswerReview r, Answer a, Participant p
                  where r.answerId = a.id and a.participantId = p.id and p.sessionId = s.id
                    and r.reviewedAt >= :cutoff)
              and not exists (select x.id from SessionAcceptedAnswer x
                  where x.sessionId = s.id and x.acceptedAt >= :cutoff)
            order by s.id""")
    List<Long> findIdleSince(Instant cutoff, long after, Pageable pageable);
}
