package org.agora.lesson;

import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface LessonRevisionRepository extends JpaRepository<LessonRevision, Long> {

    /** The newest published revision of each lesson that is not archived. */
    @Query("""
            select r from LessonRevision r join fetch r.lesson l
            where r.status = org.agora.lesson.RevisionStatus.PUBLISHED and l.archived = false
              and r.number = (select max(r2.number) from LessonRevision r2
                              where r2.lesson = l and r2.status = org.agora.lesson.RevisionStatus.PUBLISHED)
            order by r.title""")
    List<LessonRevision> findLatestPublished(Pageable pageable);

    Optional<LessonRevision> findFirstByLessonOrderByNumberDesc(Lesson lesson);

    List<LessonRevision> findByLesson(Lesson lesson);

    @Query("select r from LessonRevision r join fetch r.lesson order by r.lesson.id, r.number")
    List<LessonRevision> findAllWithLesson();
}
