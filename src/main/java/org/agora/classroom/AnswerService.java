package org.agora.classroom;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.agora.base.BadInputException;
import org.agora.base.Constraints;
import org.agora.base.NotAllowedException;
import org.agora.base.Refusal;
import org.agora.base.live.SessionChanged;
import org.agora.lesson.LessonCatalog;
import org.agora.lesson.LessonContent;
import org.agora.lesson.LessonContent.QuestionContent;
import org.agora.lesson.LessonContent.SectionContent;
import org.agora.lesson.QuestionType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Stores a student's answer. It returns only after the answer is committed, so the screen
 * may say "saved"; a resend with the same submission id returns the stored answer instead
 * of storing it twice.
 */
@Service
public class AnswerService {

    private static final Logger log = LoggerFactory.getLogger(AnswerService.class);

    private final ParticipantLookup lookup;
    private final ClassSessionRepository sessions;
    private final ParticipantRepository participants;
    private final AnswerRepository answers;
    private final AnswerReviewRepository reviews;
    private final AnswerAcceptance acceptance;
    private final LessonCatalog lessons;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transaction;
    private final Clock clock;

    AnswerService(
            ParticipantLookup lookup,
            ClassSessionRepository sessions,
            ParticipantRepository participants,
            AnswerRepository answers,
            AnswerReviewRepository reviews,
            AnswerAcceptance acceptance,
            LessonCatalog lessons,
            ApplicationEventPublisher events,
            PlatformTransactionManager transactions,
            Clock clock) {
        this.lookup = lookup;
        this.sessions = sessions;
        this.participants = participants;
        this.answers = answers;
        this.reviews = reviews;
        this.acceptance = acceptance;
        this.lessons = lessons;
        this.events = events;
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    public SavedAnswer submit(String token, String questionKey, String submissionId, AnswerInput input) {
        if (submissionId == null || !isUuid(submissionId)) {
            throw new BadInputException("submission", "answer.submission-id.invalid");
        }
        try {
            return transaction.execute(status -> store(token, questionKey, submissionId, input));
        } catch (DataIntegrityViolationException raced) {
            if (Constraints.violated(raced, "uk_answer_submission")) {
                // A parallel resend of this very submission was stored first: answer with it.
                return transaction
                        .execute(status -> storedAlready(token, submissionId))
                        .orElseThrow();
            }
            if (Constraints.violated(raced, "uk_answer_attempt")) {
                // Another tab took this attempt number a moment ago; the next number is free now.
                log.info("Attempt number raced for question {}; retrying once", questionKey);
                return transaction.execute(status -> store(token, questionKey, submissionId, input));
            }
            throw raced;
        }
    }

    private SavedAnswer store(String token, String questionKey, String submissionId, AnswerInput input) {
        // Deleted by the teacher between the look-up and the lock: the same refusal as an unknown token.
        Participant participant = participants
                .lockById(lookup.require(token).getId())
                .orElseThrow(() -> new NotAllowedException("student.place.not-found"));
        Optional<SavedAnswer> resent = storedAlready(token, submissionId);
        if (resent.isPresent()) {
            return resent.get();
        }
        ClassSession session = sessions.lockById(participant.getSessionId()).orElseThrow();
        LessonContent content = lessons.content(session.getRevisionId());
        QuestionContent question = content.question(questionKey)
                .orElseThrow(() -> new BadInputException("answer", "answer.question.unknown"));
        SectionRules rules = SectionRules.of(session, content.sections().size(), clock.instant());
        int sectionIndex = content.sectionIndexOf(questionKey);
        if (!rules.answerable(sectionIndex)) {
            throw new BadInputException("answer", rules.whyNotAnswerable(sectionIndex));
        }
        SectionContent section = content.sectionOf(questionKey).orElse(null);
        if (question.type() == QuestionType.DEBATE) {
            Map<String, SavedAnswer> latest = latestAnswers(participant, session, content);
            if (!DebateGate.isOpen(session.getGate(), section, latest)) {
                Refusal closed = DebateGate.whyClosed(session.getGate(), content, section, latest);
                throw new BadInputException("answer", closed.key(), closed.args());
            }
        }
        if (question.type() == QuestionType.POLL_BEFORE && readingStarted(participant, content)) {
            throw new BadInputException("answer", "answer.refused.poll-before-closed");
        }
        AnswerInput clean = AnswerRules.check(question, section, input);
        List<Answer> previous =
                answers.findByParticipantIdAndQuestionIdOrderByAttemptDesc(participant.getId(), question.id());
        boolean revealed = rules.revealed(sectionIndex);
        Boolean lastCorrect = SavedAnswers.shown(
                ClassState.of(session),
                revealed,
                previous.isEmpty() ? null : previous.get(0).getCorrect());
        if (AttemptPolicy.attemptsLeft(question.type(), session.getMaxAttempts(), previous.size(), lastCorrect) == 0) {
            throw new BadInputException(
                    "answer",
                    Boolean.TRUE.equals(lastCorrect) ? "answer.refused.already-right" : "answer.refused.no-tries-left");
        }
        Answer answer = answers.saveAndFlush(new Answer(
                participant.getId(),
                question.id(),
                previous.size() + 1,
                submissionId,
                clean,
                score(session, question, clean),
                clock.instant()));
        keepHidden(previous, answer);
        participants.touch(participant.getId(), clock.instant());
        events.publishEvent(new SessionChanged(session.getId(), SessionChanged.Kind.ANSWERED, participant.getId()));
        return SavedAnswers.of(question, section, ClassState.of(session), answer, revealed);
    }

    /** By the lesson's rules, or right because the teacher accepted this typed answer in this session. */
    private Boolean score(ClassSession session, QuestionContent question, AnswerInput answer) {
        Boolean correct = AnswerRules.score(question, answer);
        if (Boolean.FALSE.equals(correct)
                && question.type() == QuestionType.SHORT_TEXT
                && acceptance.isAccepted(session.getId(), question.id(), answer.text())) {
            return true;
        }
        return correct;
    }

    /**
     * A revised argument whose earlier version the teacher hid waits for approval, so that
     * sending it again does not bring hidden text back to the wall.
     */
    private void keepHidden(List<Answer> previous, Answer revised) {
        if (previous.isEmpty()) {
            return;
        }
        reviews.findByAnswerId(previous.get(0).getId())
                .filter(r -> r.getWall() != WallStatus.APPROVED)
                .ifPresent(r -> reviews.save(new AnswerReview(revised.getId(), WallStatus.PENDING, clock.instant())));
    }

    /** The student's latest answer to each question, as they may know it. */
    private Map<String, SavedAnswer> latestAnswers(
            Participant participant, ClassSession session, LessonContent content) {
        SectionRules rules = SectionRules.of(session, content.sections().size(), clock.instant());
        return SavedAnswers.latest(
                answers.findByParticipantIdOrderByAttemptAsc(participant.getId()),
                ClassState.of(session),
                content,
                rules);
    }

    private boolean readingStarted(Participant participant, LessonContent content) {
        Map<Long, String> keys =
                content.allQuestions().stream().collect(Collectors.toMap(QuestionContent::id, QuestionContent::key));
        List<String> answered = answers.findByParticipantIdOrderByAttemptAsc(participant.getId()).stream()
                .map(a -> keys.getOrDefault(a.getQuestionId(), ""))
                .toList();
        return BeforeReading.over(
                participant.getFurthestSection(), answered, content.pollBefore().key());
    }

    private Optional<SavedAnswer> storedAlready(String token, String submissionId) {
        Optional<Answer> existing = answers.findBySubmissionId(submissionId);
        if (existing.isEmpty()) {
            return Optional.empty();
        }
        Participant participant = lookup.require(token);
        Answer answer = existing.get();
        if (answer.getParticipantId() != participant.getId()) {
            throw new NotAllowedException("answer.submission.not-yours");
        }
        ClassSession session = sessions.findById(participant.getSessionId()).orElseThrow();
        LessonContent content = lessons.content(session.getRevisionId());
        QuestionContent question = content.allQuestions().stream()
                .filter(q -> q.id() == answer.getQuestionId())
                .findFirst()
                .orElseThrow();
        boolean revealed = SectionRules.of(session, content.sections().size(), clock.instant())
                .revealed(content.sectionIndexOf(question.key()));
        return Optional.of(SavedAnswers.of(
                question, content.sectionOf(question.key()).orElse(null), ClassState.of(session), answer, revealed));
    }

    private static boolean isUuid(String value) {
        try {
            return UUID.fromString(value).toString().equalsIgnoreCase(value);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
