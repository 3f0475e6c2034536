package org.agora.classroom;

import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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

    /**
     * The same place under a newer state of the class, computed without a query: the pacing, the
     * wall and the answers {@code held} on screen shown as the new state lets the student know them
     * (a reveal, a released review). {@code held} is what the screen shows now, its own sends
     * included.
     */
    public StudentPlace under(StudentPlace place, Map<String, SavedAnswer> held, ClassState state) {
        if (state.sessionId() != place.sessionId()) {
            throw new IllegalArgumentException("the state of session " + state.sessionId()
                    + " is not the state of the student's session " + place.sessionId());
        }
        LessonContent content = lessons.content(state.revisionId());
        SectionRules rules = SectionRules.of(state, content.sections().size(), clock.instant());
        Map<String, SavedAnswer> saved =
                SavedAnswers.under(held, state, content, rules, state.releasedTo(place.participantId()));
        return new StudentPlace(
                place.participantId(),
                state.sessionId(),
                state.version(),
                state.title(),
                place.displayName(),
                state.revisionId(),
                state.feedback(),
                state.open(),
                place.currentSection(),
                Map.copyOf(saved),
                rules,
                state.wallOpen(),
                state.wallNames(),
                place.readingStarted());
    }

    private StudentPlace place(Participant participant) {
        ClassSession session = sessions.findById(participant.getSessionId()).orElseThrow();
        ClassState state = ClassState.of(session);
        LessonContent content = lessons.content(session.getRevisionId());
        SectionRules rules = SectionRules.of(state, content.sections().size(), clock.instant());
        List<Answer> attempts = answers.findByParticipantIdOrderByAttemptAsc(participant.getId());
        Map<Long, RubricFeedback> released = new HashMap<>();
        for (AnswerReview review :
                reviews.findByAnswerIdIn(attempts.stream().map(Answer::getId).toList())) {
            RubricFeedback feedback = SavedAnswers.feedback(review);
            if (feedback != null) {
                released.put(review.getAnswerId(), feedback);
            }
        }
        Map<String, SavedAnswer> saved = SavedAnswers.latest(attempts, state, content, rules, released);
        return new StudentPlace(
                participant.getId(),
                session.getId(),
                session.getVersion(),
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
