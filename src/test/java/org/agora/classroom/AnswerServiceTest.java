package org.agora.classroom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.agora.AgoraTest;
import org.agora.Fixtures;
import org.agora.account.Actor;
import org.agora.base.BadInputException;
import org.agora.base.NotAllowedException;
import org.agora.lesson.LessonContent;
import org.agora.lesson.LessonContent.OptionContent;
import org.agora.lesson.LessonContent.QuestionContent;
import org.agora.lesson.QuestionType;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class AnswerServiceTest extends AgoraTest {

    @Autowired
    AnswerService answers;

    @Autowired
    StudentService students;

    @Autowired
    JoinService joins;

    @Autowired
    ClassSessionService sessions;

    @Autowired
    AnswerRepository answerRows;

    @Autowired
    Fixtures fixtures;

    private Actor teacher;
    private LessonContent lesson;

    @BeforeEach
    void setUp() {
        teacher = fixtures.teacher();
        lesson = fixtures.bundledLesson();
    }

    private String join(SessionSummary session) {
        return joins.join(
                        session.joinCode(),
                        "Student " + UUID.randomUUID().toString().substring(0, 6))
                .resumeToken();
    }

    private static String id() {
        return UUID.randomUUID().toString();
    }

    private QuestionContent first(QuestionType type) {
        return lesson.allQuestions().stream()
                .filter(q -> q.type() == type)
                .findFirst()
                .orElseThrow();
    }

    /** The right answer, worked out from the lesson itself. */
    static AnswerInput rightAnswer(QuestionContent q) {
        return switch (q.type()) {
            case SINGLE_CHOICE, TRUE_FALSE, MULTIPLE_CHOICE ->
                AnswerInput.choice(q.options().stream()
                        .filter(OptionContent::correct)
                        .map(o -> String.valueOf(o.id()))
                        .toList());
            case ORDERING ->
                AnswerInput.choice(
                        q.options().stream().map(o -> String.valueOf(o.id())).toList());
            case EVIDENCE -> AnswerInput.choice(List.of(q.evidenceSentenceKeys().get(0)));
            case SHORT_TEXT -> AnswerInput.text(" " + q.acceptedAnswers().get(0).toUpperCase() + ". ");
            default -> AnswerInput.stance(4, "Because the article says so.");
        };
    }

    static AnswerInput wrongAnswer(QuestionContent q, LessonContent lesson) {
        return switch (q.type()) {
            case SINGLE_CHOICE, TRUE_FALSE ->
                AnswerInput.choice(q.options().stream()
                        .filter(o -> !o.correct())
                        .map(o -> String.valueOf(o.id()))
                        .limit(1)
                        .toList());
            case MULTIPLE_CHOICE ->
                AnswerInput.choice(q.options().stream()
                        .filter(OptionContent::correct)
                        .map(o -> String.valueOf(o.id()))
                        .limit(1)
                        .toList());
            case ORDERING -> {
                List<String> reversed = new ArrayList<>(
                        q.options().stream().map(o -> String.valueOf(o.id())).toList());
                Collections.reverse(reversed);
                yield AnswerInput.choice(reversed);
            }
            case EVIDENCE ->
                AnswerInput.choice(List.of(lesson.sectionOf(q.key())
                        .orElseThrow()
                        .sentences()
                        .map(s -> s.key())
                        .filter(k -> !q.evidenceSentenceKeys().contains(k))
                        .findFirst()
                        .orElseThrow()));
            case SHORT_TEXT -> AnswerInput.text("certainly not this");
            default -> throw new IllegalArgumentException();
        };
    }

    @Test
    void the_poll_before_reading_can_be_changed_until_the_student_starts_reading_then_it_is_closed() {
        SessionSummary session = fixtures.session(teacher, Feedback.IMMEDIATE, 2);
        String token = join(session);
        QuestionContent before = lesson.pollBefore();
        answers.submit(token, before.key(), id(), AnswerInput.stance(1, null));
        SavedAnswer changed = answers.submit(token, before.key(), id(), AnswerInput.stance(4, null));
        assertThat(changed.input().stance()).isEqualTo(4);

        QuestionContent first = lesson.sections().get(0).questions().get(0);
        answers.submit(token, first.key(), id(), rightAnswer(first));

        assertThatThrownBy(() -> answers.submit(token, before.key(), id(), AnswerInput.stance(2, null)))
                .isInstanceOfSatisfying(
                        BadInputException.class,
                        e -> assertThat(e.key()).isEqualTo("answer.refused.poll-before-closed"));
        assertThat(students.resume(token)
                        .orElseThrow()
                        .answers()
                        .get(before.key())
                        .input()
                        .stance())
                .isEqualTo(4);
        assertThat(students.resume(token).orElseThrow().readingStarted()).isTrue();
    }

    @Test
    void moving_on_to_the_second_section_also_closes_the_poll_before_reading() {
        SessionSummary session = fixtures.session(teacher, Feedback.IMMEDIATE, 2);
        String token = join(session);
        assertThat(students.resume(token).orElseThrow().readingStarted()).isFalse();
        students.moveTo(token, 1);
        assertThatThrownBy(() -> answers.submit(token, lesson.pollBefore().key(), id(), AnswerInput.stance(3, null)))
                .isInstanceOfSatisfying(
                        BadInputException.class,
                        e -> assertThat(e.key()).isEqualTo("answer.refused.poll-before-closed"));
    }

    @Test
    void every_comprehension_question_of_the_bundled_lesson_scores_its_right_and_a_wrong_answer() {
        SessionSummary session = fixtures.session(teacher, Feedback.IMMEDIATE, 2);
        String token = join(session);
        List<QuestionContent> comprehension = lesson.allQuestions().stream()
                .filter(q -> q.type().isComprehension())
                .toList();
        for (QuestionContent q : comprehension) {
            SavedAnswer wrong = answers.submit(token, q.key(), id(), wrongAnswer(q, lesson));
            assertThat(wrong.correct()).as(q.key() + " wrong").isFalse();
            SavedAnswer right = answers.submit(token, q.key(), id(), rightAnswer(q));
            assertThat(right.correct()).as(q.key() + " right").isTrue();
            assertThat(right.attemptsUsed()).isEqualTo(2);
        }
        assertThat(comprehension)
                .extracting(QuestionContent::type)
                .contains(
                        QuestionType.values()[0],
                        QuestionType.MULTIPLE_CHOICE,
                        QuestionType.TRUE_FALSE,
                        QuestionType.SHORT_TEXT,
                        QuestionType.ORDERING,
                        QuestionType.EVIDENCE);
    }

    @Test
    void the_right_answer_is_shown_when_tries_run_out_only_if_the_session_says_so_and_names_the_evidence() {
        SessionSummary shows = fixtures.session(teacher, Feedback.IMMEDIATE, 1);
        String token = join(shows);
        QuestionContent evidence = first(QuestionType.EVIDENCE);
        SavedAnswer wrong = answers.submit(token, evidence.key(), id(), wrongAnswer(evidence, lesson));
        String proving = lesson.sectionOf(evidence.key())
                .orElseThrow()
                .sentences()
                .filter(s -> s.key().equals(evidence.evidenceSentenceKeys().get(0)))
                .findFirst()
                .orElseThrow()
                .text();
        assertThat(wrong.rightAnswer()).isEqualTo(proving);

        SessionSummary hides = sessions.create(
                teacher,
                fixtures.bundledRevision(),
                new SessionSettings("Quiet", Feedback.IMMEDIATE, 1, Pacing.SELF_PACED, null, Gate.OFF, false));
        String other = join(hides);
        assertThat(answers.submit(other, evidence.key(), id(), wrongAnswer(evidence, lesson))
                        .rightAnswer())
                .isNull();
    }

    @Test
    void a_resent_answer_is_stored_once() {
        SessionSummary session = fixtures.session(teacher, Feedback.IMMEDIATE, 3);
        String token = join(session);
        QuestionContent q = first(QuestionType.SINGLE_CHOICE);
        String submission = id();
        SavedAnswer first = answers.submit(token, q.key(), submission, wrongAnswer(q, lesson));
        SavedAnswer again = answers.submit(token, q.key(), submission, wrongAnswer(q, lesson));
        assertThat(again).isEqualTo(first);
        assertThat(answerRows.countBySessionId(session.id())).isEqualTo(1);
    }

    @Test
    void the_token_resumes_the_student_with_every_saved_answer_and_section() {
        SessionSummary session = fixtures.session(teacher, Feedback.IMMEDIATE, 1);
        String token = join(session);
        QuestionContent single = first(QuestionType.SINGLE_CHOICE);
        QuestionContent debate = first(QuestionType.DEBATE);
        answers.submit(token, single.key(), id(), rightAnswer(single));
        answers.submit(token, debate.key(), id(), AnswerInput.stance(2, "The pipeline was suspended."));
        students.moveTo(token, 2);

        StudentPlace place = students.resume(token).orElseThrow();
        assertThat(place.currentSection()).isEqualTo(2);
        assertThat(place.answers()).containsOnlyKeys(single.key(), debate.key());
        assertThat(place.answers().get(single.key()).correct()).isTrue();
        assertThat(place.answers().get(debate.key()).input().stance()).isEqualTo(2);
        assertThat(place.answers().get(debate.key()).input().text()).isEqualTo("The pipeline was suspended.");
        assertThat(students.resume("not-a-token")).isEmpty();
        assertThat(students.resume(ResumeTokens.newToken())).isEmpty();
    }

    @Test
    void tries_run_out_and_a_right_answer_ends_the_question() {
        SessionSummary session = fixtures.session(teacher, Feedback.IMMEDIATE, 1);
        String token = join(session);
        QuestionContent q = first(QuestionType.TRUE_FALSE);
        SavedAnswer wrong = answers.submit(token, q.key(), id(), wrongAnswer(q, lesson));
        assertThat(wrong.attemptsLeft()).isZero();
        assertThat(wrong.rightAnswer())
                .isEqualTo(q.options().stream()
                        .filter(OptionContent::correct)
                        .findFirst()
                        .orElseThrow()
                        .text());
        assertThatThrownBy(() -> answers.submit(token, q.key(), id(), rightAnswer(q)))
                .isInstanceOf(BadInputException.class)
                .hasMessageContaining("used all your tries");

        QuestionContent other = first(QuestionType.SHORT_TEXT);
        answers.submit(token, other.key(), id(), rightAnswer(other));
        assertThatThrownBy(() -> answers.submit(token, other.key(), id(), rightAnswer(other)))
                .hasMessageContaining("already answered this correctly");
        assertThat(answerRows.countBySessionId(session.id())).isEqualTo(2);
    }

    @Test
    void deferred_feedback_keeps_right_and_wrong_from_the_student_but_stores_it() {
        SessionSummary session = fixtures.session(teacher, Feedback.DEFERRED, 1);
        String token = join(session);
        QuestionContent q = first(QuestionType.SINGLE_CHOICE);
        SavedAnswer saved = answers.submit(token, q.key(), id(), rightAnswer(q));
        assertThat(saved.correct()).isNull();
        assertThat(answerRows.findBySessionId(session.id()))
                .singleElement()
                .satisfies(a -> assertThat(a.getCorrect()).isTrue());
    }

    @Test
    void with_deferred_feedback_a_right_answer_does_not_end_the_tries_so_nothing_is_given_away() {
        SessionSummary session = fixtures.session(teacher, Feedback.DEFERRED, 2);
        String token = join(session);
        QuestionContent q = first(QuestionType.SINGLE_CHOICE);
        SavedAnswer right = answers.submit(token, q.key(), id(), rightAnswer(q));
        assertThat(right.attemptsLeft()).isEqualTo(1);
        SavedAnswer wrong = answers.submit(token, q.key(), id(), wrongAnswer(q, lesson));
        assertThat(wrong.attemptsLeft()).isZero();
        assertThatThrownBy(() -> answers.submit(token, q.key(), id(), rightAnswer(q)))
                .hasMessage("You have used all your tries for this question.");
    }

    @Test
    void two_tabs_sending_at_the_same_moment_lose_nothing_and_store_nothing_twice() throws Exception {
        SessionSummary session = fixtures.session(teacher, Feedback.IMMEDIATE, 5);
        String token = join(session);
        QuestionContent q = first(QuestionType.SHORT_TEXT);
        String shared = id();
        List<Callable<SavedAnswer>> sends = List.of(
                () -> answers.submit(token, q.key(), shared, AnswerInput.text("first")),
                () -> answers.submit(token, q.key(), shared, AnswerInput.text("first")),
                () -> answers.submit(token, q.key(), id(), AnswerInput.text("second")),
                () -> answers.submit(token, q.key(), id(), AnswerInput.text("third")));
        var pool = Executors.newFixedThreadPool(sends.size());
        try {
            var start = new CountDownLatch(1);
            List<Future<SavedAnswer>> results = new ArrayList<>();
            for (var send : sends) {
                results.add(pool.submit(() -> {
                    start.await();
                    return send.call();
                }));
            }
            start.countDown();
            for (var result : results) {
                assertThat(result.get(30, TimeUnit.SECONDS)).isNotNull();
            }
        } finally {
            pool.shutdownNow();
        }
        var stored = answerRows.findBySessionId(session.id());
        assertThat(stored).extracting(a -> a.input().text()).containsExactlyInAnyOrder("first", "second", "third");
        assertThat(stored).extracting(Answer::getAttempt).containsExactlyInAnyOrder(1, 2, 3);
    }

    @Test
    void a_closed_session_and_an_unknown_token_take_no_answers() {
        SessionSummary session = fixtures.session(teacher, Feedback.IMMEDIATE, 1);
        String token = join(session);
        QuestionContent q = first(QuestionType.SINGLE_CHOICE);
        sessions.close(teacher, session.id());
        assertThatThrownBy(() -> answers.submit(token, q.key(), id(), rightAnswer(q)))
                .hasMessageContaining("closed");
        assertThatThrownBy(() -> answers.submit(ResumeTokens.newToken(), q.key(), id(), rightAnswer(q)))
                .isInstanceOf(NotAllowedException.class);
        assertThat(answerRows.countBySessionId(session.id())).isZero();
    }

    @Test
    void empty_answers_unknown_questions_and_bad_submission_ids_are_refused_and_nothing_is_stored() {
        SessionSummary session = fixtures.session(teacher, Feedback.IMMEDIATE, 1);
        String token = join(session);
        QuestionContent q = first(QuestionType.SHORT_TEXT);
        assertThatThrownBy(() -> answers.submit(token, q.key(), id(), AnswerInput.text(" ")))
                .hasMessage("Type an answer first.");
        assertThatThrownBy(() -> answers.submit(token, "no-such-question", id(), AnswerInput.text("x")))
                .hasMessageContaining("not part of the lesson");
        assertThatThrownBy(() -> answers.submit(token, q.key(), "not-a-uuid", AnswerInput.text("x")))
                .hasMessageContaining("submission id");
        QuestionContent debate = first(QuestionType.DEBATE);
        assertThatThrownBy(() -> answers.submit(token, debate.key(), id(), AnswerInput.stance(3, "z".repeat(2001))))
                .hasMessageContaining("limit is 2,000");
        assertThat(answerRows.countBySessionId(session.id())).isZero();
    }

    @Test
    void a_submission_id_of_another_student_is_refused() {
        SessionSummary session = fixtures.session(teacher, Feedback.IMMEDIATE, 2);
        String ana = join(session);
        String ben = join(session);
        QuestionContent q = first(QuestionType.SINGLE_CHOICE);
        String submission = id();
        answers.submit(ana, q.key(), submission, rightAnswer(q));
        assertThatThrownBy(() -> answers.submit(ben, q.key(), submission, rightAnswer(q)))
                .isInstanceOf(NotAllowedException.class);
    }
}
