package org.agora.lesson;

import jakarta.persistence.LockModeType;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface LessonRepository extends JpaRepository<Lesson, Long> {

    Optional<Lesson> findBySlug(String slug);

    /** The lesson, locked until the transaction ends: saves and publishes of one lesson take turns. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select l from Lesson l where l.id = :id")
    Optional<Lesson> lockById(@Param("id") long id);
}
