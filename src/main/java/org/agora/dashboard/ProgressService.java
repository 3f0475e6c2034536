package org.agora.dashboard;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.agora.account.Actor;
import org.agora.classroom.ClassSessionService;
import org.agora.classroom.Presence;
import org.agora.classroom.SessionRecords;
import org.agora.classroom.SessionRecords.AnswerRecord;
import org.agora.classroom.SessionRecords.ParticipantRecord;
import org.agora.classroom.SessionSummary;
import org.agora.lesson.LessonCatalog;
import org.agora.lesson.LessonContent;
import org.agora.lesson.LessonContent.QuestionContent;
import org.agora.lesson.QuestionNumber;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Builds the progress grid of a class session from its stored answers. */
@Service
public class ProgressService {

    private final ClassSessionService sessions;
    private final SessionRecords records;
    private final LessonCatalog lessons;
    private final Presence presence;

    ProgressService(ClassSessionService sessions, SessionRecords records, LessonCatalog lessons, Presence presence) {
        this.sessions = sessions;
        this.records = records;
        this.lessons = lessons;
        this.presence = presence;
    }

    @Transactional(readOnly = true)
    public SessionProgress progress(Actor actor, long sessionId) {
        SessionSummary session = sessions.get(actor, sessionId);
        return of(
                session,
                lessons.content(session.revisionId()),
                records.participants(actor, sessionId),
                records.answers(actor, sessionId));
    }

    /** The grid from what was read of the session: its students and all their attempts. */
    SessionProgress of(
            SessionSummary session,
            LessonContent content,
            List<ParticipantRecord> participants,
            List<AnswerRecord> all) {
        List<QuestionContent> questions = content.allQuestions();
        Map<Long, String> keyById =
                questions.stream().collect(Collectors.toMap(QuestionContent::id, QuestionContent::key));
        Map<Long, Map<String, AnswerRecord>> latest = new HashMap<>();
        for (AnswerRecord answer : SessionRecords.latest(all)) {
            String key = keyById.get(answer.questionId());
            if (key != null) {
                latest.computeIfAbsent(answer.participantId(), p -> new HashMap<>())
                        .put(key, answer);
            }
        }
        List<SessionProgress.Column> columns = questions.stream()
                .map(q ->
                        new SessionProgress.Column(q.key(), QuestionNumber.of(content, q.key()), q.type(), q.prompt()))
                .toList();
        Set<Long> online = presence.online(session.id());
        List<SessionProgress.Row> rows = participants.stream()
                .map(p -> new SessionProgress.Row(
                        p.id(), p.displayName(), online.contains(p.id()), cells(latest.getOrDefault(p.id(), Map.of()))))
                .toList();
        return new SessionProgress(session, columns, rows);
    }

    private static Map<String, ProgressCell> cells(Map<String, AnswerRecord> answers) {
        return answers.entrySet().stream()
                .collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, e -> cell(e.getValue())));
    }

    static ProgressCell cell(AnswerRecord answer) {
        if (answer.correct() == null) {
            return ProgressCell.OPEN;
        }
        return answer.correct() ? ProgressCell.RIGHT : ProgressCell.WRONG;
    }
}
