package org.agora.classroom;

import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface ClassSessionRepository extends JpaRepository<ClassSession, Long> {

    Optional<ClassSession> findByJoinCode(String joinCode);

    boolean existsByJoinCode(String joinCode);

    List<ClassSession> findByOwnerIdOrderByCreatedAtDesc(long ownerId, Pageable pageable);

    List<ClassSession> findAllByOrderByCreatedAtDesc(Pageable pageable);
}
