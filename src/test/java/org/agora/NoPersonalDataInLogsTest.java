package org.agora;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.core.read.ListAppender;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.agora.account.Actor;
import org.agora.base.BadInputException;
import org.agora.classroom.AnswerInput;
import org.agora.classroom.AnswerService;
import org.agora.classroom.ClassSessionService;
import org.agora.classroom.DeviceLinks;
import org.agora.classroom.Feedback;
import org.agora.classroom.JoinService;
import org.agora.classroom.JoinTicket;
import org.agora.classroom.Presence;
import org.agora.classroom.ReviewItem;
import org.agora.classroom.ReviewService;
import org.agora.classroom.SessionDeletion;
import org.agora.classroom.SessionRetention;
import org.agora.classroom.SessionSummary;
import org.agora.classroom.StudentService;
import org.agora.classroom.WallService;
import org.agora.classroom.WallStatus;
import org.agora.dashboard.BoardService;
import org.agora.dashboard.CsvExport;
import org.agora.lesson.LessonContent;
import org.agora.lesson.LessonContent.OptionContent;
import org.agora.lesson.LessonContent.QuestionContent;
import org.agora.lesson.QuestionType;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * "Logs carry ids, not names or answer text": a whole lesson, from joining to the retention
 * purge, with Agora's own logging at DEBUG, leaves no name and no answer in any log line.
 */
class NoPersonalDataInLogsTest extends AgoraTest {

    /** Names and texts no log line would hold by chance: emoji, right-to-left letters, rare words. */
    private static final String NAME = "Zoë 🦊 שלום Quetzal";

    private static final String OTHER_NAME = "Ngozi 🐙 مرحبا Okonkwo";
    /** A third student: the spotlight needs three approved arguments on a question. */
    private static final String THIRD_NAME = "Wiremu 🦉 Tamatea";

    private static final String SHORT_ANSWER = "Kumquat 🍊 ירושלים";
    private static final String ARGUMENT = "The zeppelin argument, ½ thought through: نعم, because ✈ flies.";
    private static final String COMMENT = "Marzipan remark ✍ about claims";
    private static final List<String> SECRETS = List.of(
            "Zoë",
            "🦊",
            "שלום",
            "Quetzal",
            "Ngozi",
            "🐙",
            "مرحبا",
            "Okonkwo",
            "Wiremu",
            "🦉",
            "Tamatea",
            "Kumquat",
            "🍊",
            "ירושלים",
            "zeppelin",
            "نعم",
            "✈",
            "Marzipan",
            "✍");

    @Autowired
    BoardService boards;

    @Autowired
    Fixtures fixtures;

    @Autowired
    JoinService joins;

    @Autowired
    AnswerService answers;

    @Autowired
    StudentService students;

    @Autowired
    DeviceLinks links;

    @Autowired
    Presence presence;

    @Autowired
    WallService walls;

    @Autowired
    ClassSessionService sessions;

    @Autowired
    ReviewService reviews;

    @Autowired
    CsvExport export;

    @Autowired
    SessionDeletion deletion;

    @Autowired
    SessionRetention retention;

    private final ListAppender<ILoggingEvent> log = new ListAppender<>();
    private Logger agora;
    private Level agoraLevel;

    @BeforeEach
    void captureTheLog() {
        log.start();
        ((Logger) LoggerFactory.getLogger(Logger.ROOT_LOGGER_NAME)).addAppender(log);
        agora = (Logger) LoggerFactory.getLogger("org.agora");
        agoraLevel = agora.getLevel();
        agora.setLevel(Level.DEBUG);
    }

    @AfterEach
    void stopCapturing() {
        agora.setLevel(agoraLevel);
        ((Logger) LoggerFactory.getLogger(Logger.ROOT_LOGGER_NAME)).detachAppender(log);
        log.stop();
    }

    @Test
    void a_whole_lesson_leaves_no_name_and_no_answer_in_the_log() {
        Actor teacher = fixtures.teacher();
        SessionSummary session = fixtures.session(teacher, Feedback.DEFERRED, 2);
        LessonContent lesson = fixtures.bundledLesson();

        JoinTicket zoe = joins.join(session.joinCode(), NAME);
        JoinTicket ngozi = joins.join(session.joinCode(), OTHER_NAME);
        JoinTicket wiremu = joins.join(session.joinCode(), THIRD_NAME);
        assertThatThrownBy(() -> joins.join(session.joinCode(), NAME))
                .isInstanceOf(BadInputException.class)
                .hasMessageContaining("Quetzal");
        Runnable leave = presence.enter(session.id(), zoe.participantId());
        links.open(links.create(zoe.resumeToken()).token()).orElseThrow();
        DeviceLinks.TeacherLink backIn = links.createForStudent(teacher, session.id(), wiremu.participantId());
        links.openCode("WRNG-CDE2", new org.agora.classroom.JoinClient("browser", "10.0.0.9"));
        links.openCode(backIn.code(), org.agora.classroom.JoinClient.NONE).orElseThrow();
        DeviceLinks.TeacherLink unused = links.createForStudent(teacher, session.id(), wiremu.participantId());
        links.peek(unused.token());
        for (JoinTicket student : List.of(zoe, ngozi, wiremu)) {
            for (QuestionContent question : lesson.allQuestions()) {
                answers.submit(
                        student.resumeToken(),
                        question.key(),
                        UUID.randomUUID().toString(),
                        answerTo(question, lesson));
            }
        }
        QuestionContent shortText = lesson.allQuestions().stream()
                .filter(q -> q.type() == QuestionType.SHORT_TEXT)
                .findFirst()
                .orElseThrow();
        assertThatThrownBy(() -> answers.submit(
                        zoe.resumeToken(),
                        shortText.key(),
                        UUID.randomUUID().toString(),
                        AnswerInput.text(SHORT_ANSWER.repeat(30))))
                .isInstanceOf(BadInputException.class);
        students.resume(zoe.resumeToken()).orElseThrow();
        students.moveTo(zoe.resumeToken(), 2);
        leave.run();

        sessions.showWall(teacher, session.id(), true);
        boards.board(teacher, session.id());
        for (QuestionContent debate : lesson.allQuestions().stream()
                .filter(q -> q.type() == QuestionType.DEBATE)
                .toList()) {
            for (ReviewItem item : reviews.arguments(teacher, session.id(), debate.key())) {
                reviews.score(teacher, session.id(), item.answerId(), 2, 1, 2, COMMENT);
                reviews.moderate(teacher, session.id(), item.answerId(), WallStatus.APPROVED);
            }
        }
        long spotlit = reviews.arguments(teacher, session.id(), "s1-d1").get(0).answerId();
        reviews.spotlight(teacher, session.id(), spotlit);
        reviews.spotlight(teacher, session.id());
        walls.wallForProjector(teacher, session.id());
        reviews.release(teacher, session.id());
        walls.wallFor(zoe.resumeToken());
        assertThat(new String(export.csv(teacher, session.id()), java.nio.charset.StandardCharsets.UTF_8))
                .contains("Quetzal", "zeppelin");
        deletion.deleteStudent(teacher, session.id(), ngozi.participantId());
        sessions.close(teacher, session.id());
        fixtures.lastUsed(session.id(), Duration.ofDays(366));
        assertThat(retention.purge()).isGreaterThanOrEqualTo(1);
        assertThat(students.resume(zoe.resumeToken()))
                .as("the purge took the session")
                .isEmpty();

        List<String> lines = loggedTexts();
        assertThat(lines).as("the purge logs its counts").anyMatch(l -> l.startsWith("Retention purge: deleted"));
        assertThat(lines)
                .as("DEBUG lines are captured too")
                .anyMatch(l -> l.startsWith("Retention purge: class session"));
        for (String key :
                List.of(backIn.code(), backIn.code().replace("-", ""), backIn.token(), unused.token(), unused.code())) {
            assertThat(lines).as("a device key in the log").noneMatch(l -> l.contains(key));
        }
        for (String secret : SECRETS) {
            assertThat(lines)
                    .as("log lines holding " + secret)
                    .noneMatch(l -> l.toLowerCase(Locale.ROOT).contains(secret.toLowerCase(Locale.ROOT)));
        }
    }

    /** Every question answered; short texts, arguments and choices as a student might give them. */
    private static AnswerInput answerTo(QuestionContent q, LessonContent lesson) {
        List<String> optionIds =
                q.options().stream().map(o -> String.valueOf(o.id())).toList();
        return switch (q.type()) {
            case SINGLE_CHOICE, TRUE_FALSE -> AnswerInput.choice(optionIds.subList(0, 1));
            case MULTIPLE_CHOICE ->
                AnswerInput.choice(q.options().stream()
                        .filter(OptionContent::correct)
                        .map(o -> String.valueOf(o.id()))
                        .toList());
            case ORDERING -> AnswerInput.choice(optionIds);
            case EVIDENCE ->
                AnswerInput.choice(List.of(lesson.sectionOf(q.key())
                        .orElseThrow()
                        .sentences()
                        .toList()
                        .get(0)
                        .key()));
            case SHORT_TEXT -> AnswerInput.text(SHORT_ANSWER);
            case DEBATE ->
                AnswerInput.argued(
                        2,
                        ARGUMENT,
                        List.of(lesson.sectionOf(q.key())
                                .orElseThrow()
                                .sentences()
                                .toList()
                                .get(0)
                                .key()));
            case POLL_BEFORE, POLL_AFTER -> new AnswerInput(List.of(), null, 5);
        };
    }

    /** Each event's message, and the class and message of every exception it carries. */
    private List<String> loggedTexts() {
        List<String> texts = new ArrayList<>();
        for (ILoggingEvent event : List.copyOf(log.list)) {
            texts.add(event.getFormattedMessage());
            texts.add(event.getMDCPropertyMap().toString());
            addThrown(texts, event.getThrowableProxy(), 0);
        }
        return texts;
    }

    private static void addThrown(List<String> texts, IThrowableProxy thrown, int depth) {
        if (thrown == null || depth > 20) {
            return;
        }
        texts.add(thrown.getClassName() + ": " + thrown.getMessage());
        addThrown(texts, thrown.getCause(), depth + 1);
        for (IThrowableProxy suppressed : thrown.getSuppressed()) {
            addThrown(texts, suppressed, depth + 1);
        }
    }
}
