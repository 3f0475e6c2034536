package org.agora.classroom;

import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Pageable;
import jakarta.persistence.LockModeType;

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

    boolean existsByJoinCode(String joinCode);

    List<ClassSession> findByOwnerIdOrderByCreatedAtDesc(long ownerId, Pageable pageable);

    List<ClassSession> findAllByOrderByCreatedAtDesc(Pageable pageable);
}
