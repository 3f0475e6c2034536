package org.agora.dashboard;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.agora.account.Actor;
import org.agora.base.live.LiveUpdateHub;
import org.agora.classroom.ClassSessionService;
import org.agora.classroom.SessionRecords;
import org.agora.classroom.SessionRecords.AnswerRecord;
import org.agora.classroom.SessionRecords.ParticipantRecord;
import org.agora.classroom.SessionSummary;
import org.agora.lesson.LessonCatalog;
import org.agora.lesson.LessonContent;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The dashboard's grid and results from one read of the session: its row, its students and
 * their attempts are read once, in one transaction, for both. The teacher screens of one
 * session (the dashboard in two tabs, the projector) share that read: it is kept with the
 * session's change count and handed out again until the next change, each caller's access
 * checked on every call.
 */
@Service
public class BoardService {

    /** Boards kept for sessions nobody has asked about for this long are let go. */
    private static final long KEPT_NANOS = 60_000_000_000L;

    private final ClassSessionService sessions;
    private final SessionRecords records;
    private final LessonCatalog lessons;
    private final ProgressService progress;
    private final LiveUpdateHub hub;
    private final Map<Long, Kept> kept = new ConcurrentHashMap<>();

    /** A board as read after the session's {@code changes}-th change, last handed out at {@code usedAt}. */
    private record Kept(long changes, SessionBoard board, long usedAt) {}

    BoardService(
            ClassSessionService sessions,
            SessionRecords records,
            LessonCatalog lessons,
            ProgressService progress,
            LiveUpdateHub hub) {
        this.sessions = sessions;
        this.records = records;
        this.lessons = lessons;
        this.progress = progress;
        this.hub = hub;
    }

    @Transactional(readOnly = true)
    public SessionBoard board(Actor actor, long sessionId) {
        SessionSummary session = sessions.get(actor, sessionId);
        long changes = hub.changes(sessionId);
        long now = System.nanoTime();
        Kept last = kept.get(sessionId);
        if (last != null
                && last.changes() == changes
                && last.board().progress().session().equals(session)) {
            kept.put(sessionId, new Kept(changes, last.board(), now));
            return last.board();
        }
        LessonContent content = lessons.content(session.revisionId());
        List<ParticipantRecord> participants = records.participants(actor, sessionId);
        List<AnswerRecord> answers = records.answers(actor, sessionId);
        SessionBoard board = new SessionBoard(
                progress.of(session, content, participants, answers),
                ResultsService.of(session, content, participants, answers));
        kept.values().removeIf(old -> now - old.usedAt() > KEPT_NANOS);
        kept.put(sessionId, new Kept(changes, board, now));
        return board;
    }
}
