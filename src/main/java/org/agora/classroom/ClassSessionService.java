package org.agora.classroom;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.agora.account.ActiveAccounts;
import org.agora.account.Actor;
import org.agora.base.BadInputException;
import org.agora.base.NotAllowedException;
import org.agora.base.TextRules;
import org.agora.base.live.SessionChanged;
import org.agora.lesson.LessonCatalog;
import org.agora.lesson.LessonSummary;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A teacher's class sessions: create one on a published lesson, list, open, close. */
@Service
public class ClassSessionService {

    private static final int LIST_LIMIT = 200;
    private static final int CODE_TRIES = 20;

    private final ClassSessionRepository sessions;
    private final ParticipantRepository participants;
    private final AnswerRepository answers;
    private final LessonCatalog lessons;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final ActiveAccounts active;

    ClassSessionService(
            ClassSessionRepository sessions,
            ParticipantRepository participants,
            AnswerRepository answers,
            LessonCatalog lessons,
            ApplicationEventPublisher events,
            Clock clock,
            ActiveAccounts active) {
        this.active = active;
        this.sessions = sessions;
        this.participants = participants;
        this.answers = answers;
        this.lessons = lessons;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public SessionSummary create(Actor actor, long revisionId, String title, Feedback feedback, int maxAttempts) {
        return create(actor, revisionId, SessionSettings.simple(title, feedback, maxAttempts));
    }

    @Transactional
    public SessionSummary create(Actor actor, long revisionId, SessionSettings settings) {
        active.check(actor);
        LessonSummary lesson = lessons.findPublished(revisionId)
                .orElseThrow(() -> new BadInputException("lesson", "session.lesson.unpublished"));
        Feedback feedback = settings.feedback();
        int maxAttempts = settings.maxAttempts();
        String cleanTitle = TextRules.clean(settings.title());
        if (cleanTitle.isEmpty()) {
            throw new BadInputException("title", "session.title.empty");
        }
        if (TextRules.length(cleanTitle) > ClassSession.TITLE_MAX) {
            throw new BadInputException("title", "session.title.too-long", ClassSession.TITLE_MAX);
        }
        if (TextRules.hasHiddenCharacters(cleanTitle)) {
            throw new BadInputException("title", "session.title.hidden-characters");
        }
        if (feedback == null) {
            throw new BadInputException("feedback", "session.feedback.missing");
        }
        if (maxAttempts < ClassSession.ATTEMPTS_MIN || maxAttempts > ClassSession.ATTEMPTS_MAX) {
            throw new BadInputException(
                    "attempts", "session.attempts.range", ClassSession.ATTEMPTS_MIN, ClassSession.ATTEMPTS_MAX);
        }
        if (settings.pacing() == null) {
            throw new BadInputException("pacing", "session.pacing.missing");
        }
        if (settings.gate() == null) {
            throw new BadInputException("gate", "session.gate.missing");
        }
        if (settings.gate() == Gate.CORRECT && feedback == Feedback.DEFERRED) {
            throw new BadInputException("gate", "session.gate.needs-immediate-feedback");
        }
        if (settings.pacing() == Pacing.SELF_PACED
                && settings.closesAt() != null
                && !settings.closesAt().isAfter(clock.instant())) {
            throw new BadInputException("closesAt", "session.closes-at.past");
        }
        int sections = lessons.content(lesson.revisionId()).sections().size();
        ClassSession session = sessions.save(new ClassSession(
                actor.accountId(),
                lesson.revisionId(),
                cleanTitle,
                uniqueCode(),
                feedback,
                maxAttempts,
                settings.pacing(),
                sections,
                settings.closesAt(),
                settings.gate(),
                clock.instant()));
        session.showAnswerWhenOut(settings.showAnswerWhenOut());
        session.premoderate(settings.premoderate());
        session.wallNames(settings.wallNames());
        return summary(session, lesson.title());
    }

    /** Live mode: the next section appears on every student's screen. */
    @Transactional
    public SessionSummary openNextSection(Actor actor, long sessionId) {
        return pace(actor, sessionId, session -> {
            int sections = lessons.content(session.getRevisionId()).sections().size();
            if (session.getPacing() != Pacing.LIVE) {
                throw new BadInputException("session", "pacing.refused.self-paced");
            }
            if (session.getOpenSections() >= sections) {
                throw new BadInputException("session", "pacing.refused.all-open");
            }
            int last = session.getOpenSections() - 1;
            session.openNextSection(sections);
            if (last >= 0) {
                // The class moves on together: one statement moves everyone on the last open section.
                participants.moveClassOn(sessionId, last, last + 1);
            }
        });
    }

    /** Stops answering in every open section. */
    @Transactional
    public SessionSummary lockAnswers(Actor actor, long sessionId) {
        return pace(actor, sessionId, session -> {
            if (session.getLockedSections() == session.getOpenSections()) {
                throw new BadInputException("session", "pacing.refused.all-locked");
            }
            session.lockAnswers();
        });
    }

    /**
     * Undoes "Lock answers" one section at a time: the last locked section takes answers again on
     * every student's screen. A section whose answers are revealed stays locked.
     */
    @Transactional
    public SessionSummary unlockAnswers(Actor actor, long sessionId) {
        return pace(actor, sessionId, session -> {
            if (session.getLockedSections() == 0) {
                throw new BadInputException("session", "pacing.refused.none-locked");
            }
            if (session.getLockedSections() <= session.getRevealedSections()) {
                throw new BadInputException("session", "pacing.refused.unlock-revealed");
            }
            session.unlockLastSection();
        });
    }

    /** Shows right and wrong, with explanations, for every open section; this also locks them. */
    @Transactional
    public SessionSummary revealAnswers(Actor actor, long sessionId) {
        return pace(actor, sessionId, session -> {
            if (session.getRevealedSections() == session.getOpenSections()) {
                throw new BadInputException("session", "pacing.refused.all-revealed");
            }
            session.revealAnswers();
        });
    }

    /** Opens or closes the argument wall on the students' screens. */
    @Transactional
    public SessionSummary showWall(Actor actor, long sessionId, boolean open) {
        return pace(actor, sessionId, session -> session.showWall(open));
    }

    /**
     * Puts this on the session's projector; every open projector window follows at once. Also
     * after closing: the class may look at the results once answering is over.
     */
    @Transactional
    public SessionSummary showOnProjector(Actor actor, long sessionId, ProjectorChoice choice) {
        ClassSession session = owned(actor, sessionId);
        if (choice == null) {
            throw new BadInputException("projector", "projector.choose");
        }
        if (choice.mode() == ProjectorMode.RESULTS) {
            boolean known = choice.questionKey() != null
                    && lessons.content(session.getRevisionId())
                            .question(choice.questionKey())
                            .filter(q -> !q.type().isPoll())
                            .isPresent();
            if (!known) {
                throw new BadInputException("question", "projector.question.unknown");
            }
        }
        session.project(choice);
        events.publishEvent(SessionChanged.projected(sessionId));
        return summary(session, lessonTitle(session));
    }

    private SessionSummary pace(Actor actor, long sessionId, Consumer<ClassSession> step) {
        ClassSession session = owned(actor, sessionId);
        if (!session.isOpen()) {
            throw new BadInputException("session", "pacing.refused.closed");
        }
        step.accept(session);
        events.publishEvent(SessionChanged.paced(sessionId));
        return summary(session, lessonTitle(session));
    }

    /** One page of the sessions this person may manage, newest first (an admin's: all). */
    @Transactional(readOnly = true)
    public List<SessionSummary> list(Actor actor, int page, int pageSize) {
        active.check(actor);
        PageRequest request = PageRequest.of(Math.max(0, page), Math.max(1, Math.min(pageSize, LIST_LIMIT)));
        List<ClassSession> found = actor.isAdmin()
                ? sessions.findAllByOrderByCreatedAtDesc(request)
                : sessions.findByOwnerIdOrderByCreatedAtDesc(actor.accountId(), request);
        List<Long> ids = found.stream().map(ClassSession::getId).toList();
        Map<Long, Long> students = counts(ids.isEmpty() ? List.of() : participants.countBySessionIds(ids));
        Map<Long, Long> stored = counts(ids.isEmpty() ? List.of() : answers.countBySessionIds(ids));
        return found.stream()
                .map(s -> summary(
                        s, lessonTitle(s), students.getOrDefault(s.getId(), 0L), stored.getOrDefault(s.getId(), 0L)))
                .toList();
    }

    private static Map<Long, Long> counts(List<Object[]> rows) {
        return rows.stream().collect(Collectors.toMap(r -> (Long) r[0], r -> (Long) r[1]));
    }

    @Transactional(readOnly = true)
    public SessionSummary get(Actor actor, long sessionId) {
        ClassSession session = owned(actor, sessionId);
        return summary(session, lessonTitle(session));
    }

    @Transactional
    public SessionSummary close(Actor actor, long sessionId) {
        ClassSession session = owned(actor, sessionId);
        if (!session.isOpen()) {
            throw new BadInputException("session", "pacing.refused.closed-already");
        }
        session.close(clock.instant());
        events.publishEvent(SessionChanged.paced(sessionId));
        return summary(session, lessonTitle(session));
    }

    /**
     * Undoes closing, until the session is deleted: students join and answer again, and their
     * screens follow. A self-paced session whose closing time has passed is refused: reopening it
     * would take no answer, so the teacher starts a new session instead.
     */
    @Transactional
    public SessionSummary reopen(Actor actor, long sessionId) {
        ClassSession session = owned(actor, sessionId);
        if (session.isOpen()) {
            throw new BadInputException("session", "session.reopen.open-already");
        }
        if (!session.takesAnswersOnceOpen(clock.instant())) {
            throw new BadInputException("session", "session.reopen.past-closing-time");
        }
        session.reopen(clock.instant());
        events.publishEvent(SessionChanged.paced(sessionId));
        return summary(session, lessonTitle(session));
    }

    /**
     * The session, if this person may manage it: the check of every action on a session. A
     * missing session and another teacher's get the same refusal, so that trying numbers tells
     * nothing about other classes; a disabled account gets {@link
     * org.agora.account.AccountDisabledException}.
     */
    ClassSession owned(Actor actor, long sessionId) {
        active.check(actor);
        return sessions.findById(sessionId)
                .filter(s -> actor.mayManage(s.getOwnerId()))
                .orElseThrow(() -> new NotAllowedException("session.not-yours", String.valueOf(sessionId)));
    }

    private String uniqueCode() {
        for (int i = 0; i < CODE_TRIES; i++) {
            String code = JoinCode.random();
            if (!sessions.existsByJoinCode(code)) {
                return code;
            }
        }
        throw new IllegalStateException("No free join code after " + CODE_TRIES + " tries");
    }

    /** Revisions are immutable and their content is cached, so the title costs no query. */
    private String lessonTitle(ClassSession session) {
        return lessons.content(session.getRevisionId()).title();
    }

    private SessionSummary summary(ClassSession s, String lessonTitle) {
        return summary(
                s, lessonTitle, participants.countBySessionId(s.getId()), answers.countAnsweredBySessionId(s.getId()));
    }

    private SessionSummary summary(ClassSession s, String lessonTitle, long students, long stored) {
        int sections = lessons.content(s.getRevisionId()).sections().size();
        return new SessionSummary(
                s.getId(),
                s.getTitle(),
                s.getJoinCode(),
                s.getRevisionId(),
                lessonTitle,
                s.getFeedback(),
                s.getMaxAttempts(),
                s.getStatus(),
                s.getCreatedAt(),
                students,
                stored,
                s.getPacing(),
                sections,
                Math.min(s.getOpenSections(), sections),
                s.getLockedSections(),
                s.getRevealedSections(),
                s.getClosesAt(),
                s.getGate(),
                s.isWallOpen(),
                s.isPremoderate(),
                s.isWallNames(),
                s.getSpotlightAnswerId(),
                s.getProjector());
    }
}
