package org.agora.classroom;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.agora.account.Actor;
import org.agora.lesson.LessonCatalog;
import org.agora.lesson.LessonContent;
import org.agora.lesson.LessonContent.QuestionContent;
import org.agora.lesson.QuestionType;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The argument wall for the students of a session: the approved arguments (approved unless
 * hidden, or only once approved when the session says so); the wall never carries an author.
 */
@Service
public class WallService {

    private final ParticipantLookup lookup;
    private final ClassSessionRepository sessions;
    private final AnswerRepository answers;
    private final AnswerReviewRepository reviews;
    private final LessonCatalog lessons;
    private final ClassSessionService sessionService;
    private final ParticipantRepository participants;

    WallService(
            ParticipantLookup lookup,
            ClassSessionRepository sessions,
            AnswerRepository answers,
            AnswerReviewRepository reviews,
            LessonCatalog lessons,
            ClassSessionService sessionService,
            ParticipantRepository participants) {
        this.sessionService = sessionService;
        this.participants = participants;
        this.lookup = lookup;
        this.sessions = sessions;
        this.answers = answers;
        this.reviews = reviews;
        this.lessons = lessons;
    }

    /** The wall of the student's session; closed when the teacher has not opened it. */
    @Transactional(readOnly = true)
    public Wall wallFor(String token) {
        Participant participant = lookup.require(token);
        ClassSession session = sessions.findById(participant.getSessionId()).orElseThrow();
        if (!session.isWallOpen()) {
            return Wall.closed();
        }
        return build(session);
    }

    /** The wall of a session for its teacher's projector, whether or not students see it now. */
    @Transactional(readOnly = true)
    public Wall wallForProjector(Actor actor, long sessionId) {
        return build(sessionService.owned(actor, sessionId));
    }

    private Wall build(ClassSession session) {
        LessonContent content = lessons.content(session.getRevisionId());
        Map<Long, Map<Long, Answer>> latest = new HashMap<>();
        for (Answer answer : answers.findBySessionId(session.getId())) {
            latest.computeIfAbsent(answer.getQuestionId(), q -> new HashMap<>())
                    .merge(answer.getParticipantId(), answer, (a, b) -> a.getAttempt() >= b.getAttempt() ? a : b);
        }
        Map<Long, AnswerReview> reviewed = new HashMap<>();
        reviews.findBySessionId(session.getId()).forEach(r -> reviewed.put(r.getAnswerId(), r));
        List<Wall.Question> questions = new ArrayList<>();
        for (int i = 0; i < content.sections().size() && i < session.getOpenSections(); i++) {
            for (QuestionContent q : content.sections().get(i).questions()) {
                if (q.type() != QuestionType.DEBATE) {
                    continue;
                }
                List<Answer> arguments = latest.getOrDefault(q.id(), Map.of()).values().stream()
                        .filter(a -> ReviewService.wallStatus(session, reviewed.get(a.getId())) == WallStatus.APPROVED)
                        .sorted(Comparator.comparing(Answer::getSubmittedAt))
                        .toList();
                Map<Integer, List<Wall.Argument>> byStance = new TreeMap<>();
                for (Answer a : arguments) {
                    AnswerInput input = a.input();
                    String author = session.isWallNames()
                            ? participants
                                    .findById(a.getParticipantId())
                                    .map(Participant::getDisplayName)
                                    .orElse(null)
                            : null;
                    byStance.computeIfAbsent(input.stance(), s -> new ArrayList<>())
                            .add(new Wall.Argument(input.text(), author));
                }
                questions.add(new Wall.Question(q.key(), q.prompt(), arguments.size(), byStance));
            }
        }
        return new Wall(true, List.copyOf(questions), session.isWallNames());
    }
}
