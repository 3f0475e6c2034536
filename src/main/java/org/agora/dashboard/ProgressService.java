package org.agora.dashboard;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.agora.classroom.Presence;
import org.agora.classroom.SessionRecords;
import org.agora.classroom.SessionRecords.AnswerRecord;
import org.agora.classroom.SessionRecords.ParticipantRecord;
import org.agora.classroom.SessionSummary;
import org.agora.lesson.LessonContent;
import org.agora.lesson.LessonContent.QuestionContent;
import org.agora.lesson.QuestionNumber;
import org.springframework.stereotype.Service;

/** Builds the progress grid of a class session from what {@link BoardService} read of it, with who is online now. */
@Service
public class ProgressService {

    private final Presence presence;

    ProgressService(Presence presence) {
        this.presence = presence;
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
