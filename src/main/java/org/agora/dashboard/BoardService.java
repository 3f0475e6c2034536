package org.agora.dashboard;

import java.util.List;
import org.agora.account.Actor;
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
 * their attempts are read once, in one transaction, for both (they were two transactions, each
 * reading every answer of the class).
 */
@Service
public class BoardService {

    private final ClassSessionService sessions;
    private final SessionRecords records;
    private final LessonCatalog lessons;
    private final ProgressService progress;

    BoardService(
            ClassSessionService sessions, SessionRecords records, LessonCatalog lessons, ProgressService progress) {
        this.sessions = sessions;
        this.records = records;
        this.lessons = lessons;
        this.progress = progress;
    }

    @Transactional(readOnly = true)
    public SessionBoard board(Actor actor, long sessionId) {
        SessionSummary session = sessions.get(actor, sessionId);
        LessonContent content = lessons.content(session.revisionId());
        List<ParticipantRecord> participants = records.participants(actor, sessionId);
        List<AnswerRecord> answers = records.answers(actor, sessionId);
        return new SessionBoard(
                progress.of(session, content, participants, answers),
                ResultsService.of(session, content, participants, answers));
    }
}
