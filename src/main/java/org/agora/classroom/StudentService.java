package org.agora.classroom;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.agora.lesson.LessonCatalog;
import org.agora.lesson.LessonContent;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A student's place in a class: resume it from the browser's token, move between sections. */
@Service
public class StudentService {

    private final ParticipantLookup lookup;
    private final ClassSessionRepository sessions;
    private final ParticipantRepository participants;
    private final AnswerRepository answers;
    private final AnswerReviewRepository reviews;
    private final LessonCatalog lessons;
    private final Clock clock;

    StudentService(
            ParticipantLookup lookup,
            ClassSessionRepository sessions,
            ParticipantRepository participants,
            AnswerRepository answers,
            AnswerReviewRepository reviews,
            LessonCatalog lessons,
            Clock clock) {
        this.lookup = lookup;
        this.sessions = sessions;
        this.participants = participants;
        this.answers = answers;
        this.reviews = reviews;
        this.lessons = lessons;
        this.clock = clock;
    }

    /** The student's place, or empty when the token is unknown (never joined, or data deleted). */
    @Transactional(readOnly = true)
    public Optional<StudentPlace> resume(String token) {
        return lookup.find(token).map(this::place);
    }

    /**
     * Whether a class session still exists: a student whose place is gone learns whether the
     * whole class was deleted or only their place. Says nothing else of the session.
     */
    @Transactional(readOnly = true)
    public boolean sessionExists(long sessionId) {
        return sessions.existsById(sessionId);
    }

    /** Remembers which section the student reads, so a reload returns there. */
    @Transactional
    public void moveTo(String token, int sectionIndex) {
        Participant participant = lookup.require(token);
        ClassSession session = sessions.findById(participant.getSessionId()).orElseThrow();
        int sections = lessons.content(session.getRevisionId()).sections().size();
        participants.moveTo(participant.getId(), Math.max(0, Math.min(sectionIndex, sections - 1)), clock.instant());
    }

    private StudentPlace place(Participant participant) {
        ClassSession session = sessions.findById(participant.getSessionId()).orElseThrow();
        LessonContent content = lessons.content(session.getRevisionId());
        SectionRules rules = SectionRules.of(session, content.sections().size(), clock.instant());
        List<Answer> attempts = answers.findByParticipantIdOrderByAttemptAsc(participant.getId());
        Map<Long, AnswerReview> released =
                reviews.findByAnswerIdIn(attempts.stream().map(Answer::getId).toList()).stream()
                        .filter(AnswerReview::isReleased)
                        .collect(Collectors.toMap(AnswerReview::getAnswerId, Function.identity()));
        Map<String, SavedAnswer> saved = SavedAnswers.latest(attempts, session, content, rules, released);
        return new StudentPlace(
                participant.getId(),
                session.getId(),
                session.getTitle(),
                participant.getDisplayName(),
                session.getRevisionId(),
                session.getFeedback(),
                session.isOpen(),
                participant.getCurrentSection(),
                Map.copyOf(saved),
                rules,
                session.isWallOpen(),
                session.isWallNames(),
                content.pollBefore() != null
                        && BeforeReading.over(
                                participant.getFurthestSection(),
                                saved.keySet(),
                                content.pollBefore().key()));
    }
}
