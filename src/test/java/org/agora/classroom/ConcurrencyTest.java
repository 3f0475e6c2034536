package org.agora.classroom;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.agora.AgoraTest;
import org.agora.Fixtures;
import org.agora.account.Actor;
import org.agora.base.BadInputException;
import org.agora.base.NotAllowedException;
import org.agora.lesson.LessonContent;
import org.agora.lesson.LessonContent.QuestionContent;
import org.agora.lesson.QuestionType;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Many requests at the same moment, as a class produces them: resends of one answer after a
 * flaky connection, two tabs of one student, a teacher deleting the session mid-lesson. Each
 * case checks the rows stored and that nothing was logged as a warning or an error.
 */
class ConcurrencyTest extends AgoraTest {

    private static final int RESENDS = 50;

    @Autowired
    AnswerService answers;

    @Autowired
    StudentService students;

    @Autowired
    JoinService joins;

    @Autowired
    SessionDeletion deletion;

    @Autowired
    AnswerRepository answerRows;

    @Autowired
    Fixtures fixtures;

    @Autowired
    JdbcTemplate jdbc;

    private Actor teacher;
    private LessonContent lesson;
    private final ListAppender<ILoggingEvent> log = new ListAppender<>();

    @BeforeEach
    void setUp() {
        teacher = fixtures.teacher();
        lesson = fixtures.bundledLesson();
        log.start();
        root().addAppender(log);
    }

    @AfterEach
    void tearDown() {
        root().detachAppender(log);
    }

    private static Logger root() {
        return (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    }

    private List<String> warningsAndErrors() {
        return log.list.stream()
                .filter(e -> e.getLevel().isGreaterOrEqual(Level.WARN))
                .map(ILoggingEvent::getFormattedMessage)
                .toList();
    }

    private String join(SessionSummary session) {
        return joins.join(
                        session.joinCode(),
                        "Student " + UUID.randomUUID().toString().substring(0, 6))
                .resumeToken();
    }

    private QuestionContent first(QuestionType type) {
        return lesson.allQuestions().stream()
                .filter(q -> q.type() == type)
                .findFirst()
                .orElseThrow();
    }

    /** Runs every task at once (released together) and returns what each returned or threw. */
    private static <T> List<Object> allAtOnce(List<Callable<T>> tasks) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(tasks.size());
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<T>> running = new ArrayList<>();
            for (Callable<T> task : tasks) {
                running.add(pool.submit(() -> {
                    start.await();
                    return task.call();
                }));
            }
            start.countDown();
            List<Object> outcomes = new ArrayList<>();
            for (Future<T> f : running) {
                try {
                    outcomes.add(f.get(60, TimeUnit.SECONDS));
                } catch (ExecutionException e) {
                    outcomes.add(e.getCause());
                }
            }
            return outcomes;
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void fifty_resends_of_one_answer_at_the_same_moment_store_one_row_and_all_get_that_answer() throws Exception {
        SessionSummary session = fixtures.session(teacher, Feedback.IMMEDIATE, 3);
        String token = join(session);
        QuestionContent q = first(QuestionType.SHORT_TEXT);
        String submission = UUID.randomUUID().toString();
        List<Callable<SavedAnswer>> resends = new ArrayList<>();
        for (int i = 0; i < RESENDS; i++) {
            resends.add(() -> answers.submit(token, q.key(), submission, AnswerInput.text("Astana")));
        }

        List<Object> outcomes = allAtOnce(resends);

        assertThat(outcomes).hasSize(RESENDS).allSatisfy(o -> assertThat(o).isInstanceOf(SavedAnswer.class));
        assertThat(outcomes.stream().distinct()).hasSize(1);
        assertThat(answerRows.findBySessionId(session.id()))
                .singleElement()
                .satisfies(a -> assertThat(a.getSubmissionId()).isEqualTo(submission));
        assertThat(warningsAndErrors()).isEmpty();
    }

    @Test
    void two_tabs_answering_one_question_with_one_try_store_one_answer_and_both_tabs_then_show_it() throws Exception {
        SessionSummary session = fixtures.session(teacher, Feedback.IMMEDIATE, 1);
        String token = join(session);
        QuestionContent q = first(QuestionType.SINGLE_CHOICE);
        List<Callable<SavedAnswer>> sends = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            AnswerInput input =
                    i % 2 == 0 ? AnswerServiceTest.rightAnswer(q) : AnswerServiceTest.wrongAnswer(q, lesson);
            sends.add(() -> answers.submit(token, q.key(), UUID.randomUUID().toString(), input));
        }

        List<Object> outcomes = allAtOnce(sends);

        List<Answer> stored = answerRows.findBySessionId(session.id());
        assertThat(stored).hasSize(1);
        assertThat(outcomes.stream().filter(SavedAnswer.class::isInstance)).hasSize(1);
        assertThat(outcomes.stream().filter(o -> !(o instanceof SavedAnswer)))
                .hasSize(9)
                .allSatisfy(o -> assertThat(o).isInstanceOf(BadInputException.class));
        SavedAnswer accepted = (SavedAnswer) outcomes.stream()
                .filter(SavedAnswer.class::isInstance)
                .findFirst()
                .orElseThrow();
        // Both tabs reload to the one stored answer, whichever it was.
        SavedAnswer shown = students.resume(token).orElseThrow().answers().get(q.key());
        assertThat(shown.correct())
                .isEqualTo(accepted.correct())
                .isEqualTo(stored.get(0).getCorrect());
        assertThat(warningsAndErrors()).isEmpty();
    }

    @Test
    void a_session_deleted_while_its_students_answer_leaves_no_row_and_no_error() throws Exception {
        SessionSummary session = fixtures.session(teacher, Feedback.IMMEDIATE, 3);
        List<String> tokens = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            tokens.add(join(session));
        }
        List<QuestionContent> questions = lesson.allQuestions().stream()
                .filter(q -> q.type().isComprehension())
                .toList();
        AtomicInteger stored = new AtomicInteger();
        List<Callable<String>> tasks = new ArrayList<>();
        for (String token : tokens) {
            tasks.add(() -> {
                for (QuestionContent q : questions) {
                    try {
                        answers.submit(token, q.key(), UUID.randomUUID().toString(), AnswerServiceTest.rightAnswer(q));
                    } catch (NotAllowedException refused) {
                        return "refused: " + refused.getMessage();
                    }
                    synchronized (stored) {
                        stored.incrementAndGet();
                        stored.notifyAll();
                    }
                }
                return "finished";
            });
        }
        tasks.add(() -> {
            synchronized (stored) {
                while (stored.get() < 15) {
                    stored.wait(5000);
                }
            }
            deletion.deleteSession(teacher, session.id());
            return "deleted";
        });

        List<Object> outcomes = allAtOnce(tasks);

        assertThat(outcomes).allSatisfy(o -> assertThat(o).isInstanceOf(String.class));
        assertThat(outcomes).contains("deleted");
        assertThat(outcomes.stream().filter(o -> o.toString().startsWith("refused")))
                .isNotEmpty()
                .allSatisfy(o ->
                        assertThat(o.toString()).doesNotContain("Exception").doesNotEndWith("refused: "));
        assertThat(jdbc.queryForObject("select count(*) from class_session where id = ?", Long.class, session.id()))
                .isZero();
        assertThat(jdbc.queryForObject(
                        "select count(*) from participant where session_id = ?", Long.class, session.id()))
                .isZero();
        assertThat(orphans()).isZero();
        assertThat(tokens).allSatisfy(t -> assertThat(students.resume(t)).isEmpty());
        assertThat(warningsAndErrors()).isEmpty();
    }

    /** Rows anywhere whose owner row is gone. */
    private long orphans() {
        return jdbc.queryForObject(
                        "select count(*) from answer a where not exists "
                                + "(select 1 from participant p where p.id = a.participant_id)",
                        Long.class)
                + jdbc.queryForObject(
                        "select count(*) from answer_review r where not exists "
                                + "(select 1 from answer a where a.id = r.answer_id)",
                        Long.class)
                + jdbc.queryForObject(
                        "select count(*) from participant_key k where not exists "
                                + "(select 1 from participant p where p.id = k.participant_id)",
                        Long.class)
                + jdbc.queryForObject(
                        "select count(*) from participant p where not exists "
                                + "(select 1 from class_session s where s.id = p.session_id)",
                        Long.class);
    }
}
