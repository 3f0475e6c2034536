package org.agora.classroom;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.agora.account.Actor;
import org.agora.base.BadInputException;
import org.agora.base.TextRules;
import org.agora.base.live.SessionChanged;
import org.agora.lesson.LessonCatalog;
import org.agora.lesson.LessonContent;
import org.agora.lesson.LessonContent.QuestionContent;
import org.agora.lesson.QuestionType;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The teacher's review of arguments: rubric scores and a comment, released to the students in
 * one go; approving or hiding each argument for the wall; one argument in the spotlight.
 * Every call checks that the session is the teacher's (an admin's: any).
 */
@Service
public class ReviewService {

    private final ClassSessionService sessions;
    private final ClassSessionRepository sessionRows;
    private final AnswerRepository answers;
    private final ParticipantRepository participants;
    private final AnswerReviewRepository reviews;
    private final LessonCatalog lessons;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ReviewService(
            ClassSessionService sessions,
            ClassSessionRepository sessionRows,
            AnswerRepository answers,
            ParticipantRepository participants,
            AnswerReviewRepository reviews,
            LessonCatalog lessons,
            ApplicationEventPublisher events,
            Clock clock) {
        this.sessions = sessions;
        this.sessionRows = sessionRows;
        this.answers = answers;
        this.participants = participants;
        this.reviews = reviews;
        this.lessons = lessons;
        this.events = events;
        this.clock = clock;
    }

    /** What the spotlight shows: the question, the stance and the argument; never who wrote it. */
    public record Spotlight(long answerId, String questionPrompt, int stance, String argument) {}

    /** The latest argument of each student for one debate question, oldest first. */
    @Transactional(readOnly = true)
    public List<ReviewItem> arguments(Actor actor, long sessionId, String questionKey) {
        ClassSession session = sessions.owned(actor, sessionId);
        QuestionContent question = debate(session, questionKey);
        Map<Long, String> names = participants.findBySessionIdOrderByJoinedAtAscIdAsc(sessionId).stream()
                .collect(Collectors.toMap(Participant::getId, Participant::getDisplayName));
        List<Answer> latest = latestOf(answers.findBySessionId(sessionId), question.id());
        Map<Long, AnswerReview> byAnswer =
                reviews.findByAnswerIdIn(latest.stream().map(Answer::getId).toList()).stream()
                        .collect(Collectors.toMap(AnswerReview::getAnswerId, Function.identity()));
        return latest.stream()
                .map(a -> item(a, names.get(a.getParticipantId()), byAnswer.get(a.getId()), session))
                .toList();
    }

    /** Scores an argument (0-2 per criterion) with an optional comment; the student sees it once released. */
    @Transactional
    public ReviewItem score(
            Actor actor, long sessionId, long answerId, int claim, int evidence, int reasoning, String comment) {
        ClassSession session = locked(actor, sessionId);
        Answer answer = argumentOf(session, answerId);
        for (int score : new int[] {claim, evidence, reasoning}) {
            if (score < 0 || score > AnswerReview.SCORE_MAX) {
                throw new BadInputException("score", "review.score.range", AnswerReview.SCORE_MAX);
            }
        }
        String clean = comment == null ? "" : comment.strip();
        if (TextRules.length(clean) > AnswerReview.COMMENT_MAX) {
            throw new BadInputException(
                    "comment", "review.comment.too-long", TextRules.length(clean), AnswerReview.COMMENT_MAX);
        }
        if (TextRules.hasHiddenCharacters(clean.replace('\n', ' '))) {
            throw new BadInputException("comment", "review.comment.hidden-characters");
        }
        AnswerReview review = reviewOf(session, answer);
        review.score(claim, evidence, reasoning, clean.isEmpty() ? null : clean, clock.instant());
        reviews.saveAndFlush(review);
        changed(sessionId);
        return item(answer, nameOf(answer), review, session);
    }

    /** Approves or hides an argument for the wall and the spotlight. */
    @Transactional
    public ReviewItem moderate(Actor actor, long sessionId, long answerId, WallStatus status) {
        ClassSession session = locked(actor, sessionId);
        Answer answer = argumentOf(session, answerId);
        if (status != WallStatus.APPROVED && status != WallStatus.HIDDEN) {
            throw new BadInputException("wall", "review.wall.choose");
        }
        AnswerReview review = reviewOf(session, answer);
        review.moderate(status, clock.instant());
        reviews.saveAndFlush(review);
        if (status == WallStatus.HIDDEN && Long.valueOf(answerId).equals(session.getSpotlightAnswerId())) {
            session.spotlight(null);
        }
        changed(sessionId);
        return item(answer, nameOf(answer), review, session);
    }

    /**
     * Approves for the wall, of the arguments the teacher has listed for a debate question, those
     * still waiting for approval (each the student's latest); hidden ones stay hidden, and one sent
     * since the list was read waits. Returns how many were approved.
     */
    @Transactional
    public int approveWaiting(Actor actor, long sessionId, String questionKey, Collection<Long> answerIds) {
        ClassSession session = locked(actor, sessionId);
        QuestionContent question = debate(session, questionKey);
        Set<Long> listed = new HashSet<>(answerIds);
        List<Answer> shown = latestOf(answers.findBySessionId(sessionId), question.id()).stream()
                .filter(a -> listed.contains(a.getId()))
                .toList();
        Map<Long, AnswerReview> byAnswer = reviews
                .findByAnswerIdIn(shown.stream().map(Answer::getId).toList())
                .stream()
                .collect(Collectors.toMap(AnswerReview::getAnswerId, Function.identity()));
        Instant now = clock.instant();
        int approved = 0;
        for (Answer answer : shown) {
            AnswerReview review = byAnswer.get(answer.getId());
            if (wallStatus(session, review) != WallStatus.PENDING) {
                continue;
            }
            if (review == null) {
                review = new AnswerReview(answer.getId(), WallStatus.PENDING, now);
            }
            review.moderate(WallStatus.APPROVED, now);
            reviews.save(review);
            approved++;
        }
        if (approved > 0) {
            reviews.flush();
            changed(sessionId);
        }
        return approved;
    }

    /** Lets the students see every scored review of the session; returns how many were new. */
    @Transactional
    public int release(Actor actor, long sessionId) {
        sessions.owned(actor, sessionId);
        int released = reviews.releaseScored(sessionId);
        if (released > 0) {
            changed(sessionId);
        }
        return released;
    }

    /**
     * Puts an approved argument in the spotlight and the projector on it; null takes the
     * spotlight off (and a projector showing it back to the join code). Refused, with how many
     * more approvals it needs, while its question has too few approved arguments to show one.
     */
    @Transactional
    public void spotlight(Actor actor, long sessionId, Long answerId) {
        ClassSession session = locked(actor, sessionId);
        if (answerId != null) {
            Answer answer = argumentOf(session, answerId);
            if (wallStatus(session, reviews.findByAnswerId(answer.getId()).orElse(null)) != WallStatus.APPROVED) {
                throw new BadInputException("spotlight", "review.spotlight.not-approved");
            }
            long approved = approvedArguments(session, answer.getQuestionId());
            if (approved < Wall.MIN_ARGUMENTS) {
                throw new BadInputException(
                        "spotlight",
                        "review.spotlight.too-few",
                        approved,
                        Wall.MIN_ARGUMENTS,
                        Wall.MIN_ARGUMENTS - approved);
            }
            session.project(ProjectorChoice.of(ProjectorMode.SPOTLIGHT));
        } else if (session.getProjector().mode() == ProjectorMode.SPOTLIGHT) {
            session.project(ProjectorChoice.CODE);
        }
        session.spotlight(answerId);
        changed(sessionId);
    }

    /** How many students' latest arguments on this question are approved. */
    private long approvedArguments(ClassSession session, long questionId) {
        Map<Long, AnswerReview> reviewed = reviews.findBySessionId(session.getId()).stream()
                .collect(Collectors.toMap(AnswerReview::getAnswerId, Function.identity()));
        return latestOf(answers.findBySessionIdAndQuestionId(session.getId(), questionId), questionId).stream()
                .filter(a -> wallStatus(session, reviewed.get(a.getId())) == WallStatus.APPROVED)
                .count();
    }

    /** The argument in the spotlight, while it is approved and its question has enough approved arguments. */
    @Transactional(readOnly = true)
    public Optional<Spotlight> spotlight(Actor actor, long sessionId) {
        ClassSession session = sessions.owned(actor, sessionId);
        if (session.getSpotlightAnswerId() == null) {
            return Optional.empty();
        }
        Map<Long, AnswerReview> reviewed = reviews.findBySessionId(sessionId).stream()
                .collect(Collectors.toMap(AnswerReview::getAnswerId, Function.identity()));
        return answers.findById(session.getSpotlightAnswerId())
                .filter(a -> wallStatus(session, reviewed.get(a.getId())) == WallStatus.APPROVED)
                // Like the wall: with fewer than three approved arguments, one is too easy to place.
                .filter(a -> approvedArguments(session, a.getQuestionId()) >= Wall.MIN_ARGUMENTS)
                .map(a -> new Spotlight(
                        a.getId(),
                        promptOf(session, a.getQuestionId()),
                        a.input().stance(),
                        a.input().text()));
    }

    /** The rubric total of every scored argument of the session, by answer id. */
    @Transactional(readOnly = true)
    public Map<Long, Integer> scores(Actor actor, long sessionId) {
        sessions.owned(actor, sessionId);
        return reviews.findBySessionId(sessionId).stream()
                .filter(AnswerReview::scored)
                .collect(Collectors.toMap(
                        AnswerReview::getAnswerId, r -> r.getClaim() + r.getEvidence() + r.getReasoning()));
    }

    /**
     * The session, owned by this person, under its row lock: reviews wait for a deletion in
     * progress instead of writing rows for answers being deleted.
     */
    private ClassSession locked(Actor actor, long sessionId) {
        sessions.owned(actor, sessionId);
        return sessionRows
                .lockById(sessionId)
                .orElseThrow(
                        () -> new org.agora.base.NotAllowedException("session.not-yours", String.valueOf(sessionId)));
    }

    static WallStatus wallStatus(ClassSession session, AnswerReview review) {
        return review == null ? session.defaultWallStatus() : review.getWall();
    }

    private QuestionContent debate(ClassSession session, String questionKey) {
        return lessons.content(session.getRevisionId())
                .question(questionKey)
                .filter(q -> q.type() == QuestionType.DEBATE)
                .orElseThrow(() -> new BadInputException("question", "review.question.not-debate"));
    }

    /** The answer, if it is a debate answer of this session. */
    private Answer argumentOf(ClassSession session, long answerId) {
        LessonContent content = lessons.content(session.getRevisionId());
        return answers.findById(answerId)
                .filter(a -> participants
                        .findById(a.getParticipantId())
                        .map(p -> p.getSessionId() == session.getId())
                        .orElse(false))
                .filter(a -> content.allQuestions().stream()
                        .anyMatch(q -> q.id() == a.getQuestionId() && q.type() == QuestionType.DEBATE))
                .orElseThrow(() -> new BadInputException("answer", "review.answer.unknown"));
    }

    private AnswerReview reviewOf(ClassSession session, Answer answer) {
        return reviews.findByAnswerId(answer.getId())
                .orElseGet(() -> new AnswerReview(answer.getId(), session.defaultWallStatus(), clock.instant()));
    }

    private String nameOf(Answer answer) {
        return participants
                .findById(answer.getParticipantId())
                .map(Participant::getDisplayName)
                .orElse("");
    }

    private String promptOf(ClassSession session, long questionId) {
        return lessons.content(session.getRevisionId()).allQuestions().stream()
                .filter(q -> q.id() == questionId)
                .map(QuestionContent::prompt)
                .findFirst()
                .orElse("");
    }

    static List<Answer> latestOf(List<Answer> all, long questionId) {
        Map<Long, Answer> latest = new HashMap<>();
        for (Answer a : all) {
            if (a.getQuestionId() == questionId) {
                latest.merge(a.getParticipantId(), a, (x, y) -> x.getAttempt() >= y.getAttempt() ? x : y);
            }
        }
        return latest.values().stream()
                .sorted(Comparator.comparing(Answer::getSubmittedAt).thenComparing(Answer::getId))
                .toList();
    }

    private static ReviewItem item(Answer a, String name, AnswerReview review, ClassSession session) {
        AnswerInput input = a.input();
        return new ReviewItem(
                a.getId(),
                name,
                input.stance(),
                input.text(),
                input.selection(),
                a.getSubmittedAt(),
                review == null ? null : review.getClaim(),
                review == null ? null : review.getEvidence(),
                review == null ? null : review.getReasoning(),
                review == null ? null : review.getComment(),
                review != null && review.isReleased(),
                wallStatus(session, review));
    }

    /** The class's state has a new version: its students' screens show a released review or the wall anew. */
    private void changed(long sessionId) {
        sessionRows.bumpById(sessionId);
        events.publishEvent(SessionChanged.paced(sessionId));
    }
}
