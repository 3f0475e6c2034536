package org.agora.lesson;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.agora.base.BadInputException;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads published lessons: the list a teacher chooses from, and a revision's content for a class. */
@Service
public class LessonCatalog {

    private static final int LIST_LIMIT = 200;

    private final LessonRevisionRepository revisions;
    private final LessonContentMapper mapper = new LessonContentMapper();
    /** Published revisions never change, so their content can be kept once read. */
    private final Map<Long, LessonContent> published = new ConcurrentHashMap<>();

    LessonCatalog(LessonRevisionRepository revisions) {
        this.revisions = revisions;
    }

    @Transactional(readOnly = true)
    public List<LessonSummary> publishedLessons() {
        return revisions.findLatestPublished(PageRequest.of(0, LIST_LIMIT)).stream()
                .map(r -> new LessonSummary(r.getId(), r.getLesson().getSlug(), r.getNumber(), r.getTitle()))
                .toList();
    }

    /** The content of a published revision; refuses drafts, which classes never read. */
    @Transactional(readOnly = true)
    public LessonContent content(long revisionId) {
        LessonContent cached = published.get(revisionId);
        if (cached != null) {
            return cached;
        }
        LessonRevision revision = revisions
                .findById(revisionId)
                .filter(r -> r.getStatus() == RevisionStatus.PUBLISHED)
                .orElseThrow(() -> new BadInputException("lesson", "lesson.not-published"));
        LessonContent content = mapper.toContent(revision);
        published.put(revisionId, content);
        return content;
    }

    /** A published revision of a lesson that is not archived: one a new class may start on. */
    @Transactional(readOnly = true)
    public Optional<LessonSummary> findPublished(long revisionId) {
        return revisions
                .findById(revisionId)
                .filter(r -> r.getStatus() == RevisionStatus.PUBLISHED
                        && !r.getLesson().isArchived())
                .map(r -> new LessonSummary(r.getId(), r.getLesson().getSlug(), r.getNumber(), r.getTitle()));
    }
}
