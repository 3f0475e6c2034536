package org.agora.classroom;

import java.time.Clock;
import java.util.Set;
import java.util.TreeSet;
import org.agora.account.Actor;
import org.agora.base.BadInputException;
import org.agora.base.TextRules;
import org.agora.base.live.SessionChanged;
import org.agora.lesson.LessonCatalog;
import org.agora.lesson.LessonContent.QuestionContent;
import org.agora.lesson.QuestionType;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The teacher accepts a typed answer as right too, for one question of one class session:
 * every student of the session who gave it (the same normalised form) is marked right, and so
 * is whoever gives it later in this session. The accepted answer is recorded; the lesson
 * revision stays as published, and other sessions are not touched.
 */
@Service
public class AnswerAcceptance {

    private final ClassSessionService sessionService;
    private final ClassSessionRepository sessions;
    private final AnswerRepository answers;
    private final SessionAcceptedAnswerRepository accepted;
    private final LessonCatalog lessons;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    AnswerAcceptance(
            ClassSessionService sessionService,
            ClassSessionRepository sessions,
            AnswerRepository answers,
            SessionAcceptedAnswerRepository accepted,
            LessonCatalog lessons,
            ApplicationEventPublisher events,
            Clock clock) {
        this.sessionService = sessionService;
        this.sessions = sessions;
        this.answers = answers;
        this.accepted = accepted;
        this.lessons = lessons;
        this.events = events;
        this.clock = clock;
    }

    /** Accepts {@code answer} for the question; returns how many students it marked right now. */
    @Transactional
    public int accept(Actor actor, long sessionId, String questionKey, String answer) {
        sessionService.owned(actor, sessionId);
        // Under the session's lock, as answering scores under it: no answer is scored in between.
        ClassSession session = sessions.lockById(sessionId).orElseThrow();
        QuestionContent question = lessons.content(session.getRevisionId())
                .question(questionKey)
                .orElseThrow(() -> new BadInputException("answer", "answer.question.unknown"));
        if (question.type() != QuestionType.SHORT_TEXT) {
            throw new BadInputException("answer", "accept.short-text-only");
        }
        String text = TextRules.clean(TextRules.withoutHiddenCharacters(answer, false));
        String normalized = ShortText.normalize(text);
        if (normalized.isEmpty()) {
            throw new BadInputException("answer", "accept.empty");
        }
        if (TextRules.length(text) > AnswerInput.SHORT_TEXT_MAX
                || normalized.length() > SessionAcceptedAnswer.NORMALIZED_MAX) {
            throw new BadInputException("answer", "accept.too-long", AnswerInput.SHORT_TEXT_MAX);
        }
        if (!accepted.existsBySessionIdAndQuestionIdAndNormalized(sessionId, question.id(), normalized)) {
            accepted.save(
                    new SessionAcceptedAnswer(sessionId, question.id(), text, actor.accountId(), clock.instant()));
        }
        Set<Long> students = new TreeSet<>();
        for (Answer given : answers.findBySessionIdAndQuestionId(sessionId, question.id())) {
            if (Boolean.FALSE.equals(given.getCorrect())
                    && ShortText.normalize(given.input().text()).equals(normalized)) {
                given.acceptAsRight();
                students.add(given.getParticipantId());
            }
        }
        // Each of them sees the new mark; the rest of the class's screens need not re-read.
        students.forEach(id -> events.publishEvent(new SessionChanged(sessionId, SessionChanged.Kind.ANSWERED, id)));
        return students.size();
    }

    /** Whether the teacher accepted this typed answer for the question in this session. */
    boolean isAccepted(long sessionId, long questionId, String text) {
        String normalized = ShortText.normalize(text);
        return !normalized.isEmpty()
                && accepted.existsBySessionIdAndQuestionIdAndNormalized(sessionId, questionId, normalized);
    }
}
