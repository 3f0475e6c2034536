package org.agora.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.agora.AgoraTest;
import org.agora.CountedStatements;
import org.agora.Fixtures;
import org.agora.account.Actor;
import org.agora.classroom.ClassSessionService;
import org.agora.classroom.Feedback;
import org.agora.classroom.Gate;
import org.agora.classroom.Pacing;
import org.agora.classroom.SessionSettings;
import org.agora.classroom.SessionSummary;
import org.agora.lesson.LessonContent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * What one teacher action costs the database with a class watching: 50 students joined over
 * HTTP with their push connections open, as browsers are, and the count of SQL statements from
 * the teacher's click until every screen shows it. The class's state is read once for all of
 * them, so the count does not grow with the class.
 */
class OneReadPerChangeTest extends AgoraTest {

    private static final int STUDENTS = 50;
    /** The teacher's action, the class's one read and the dashboard-free rest: a few, not a few per student. */
    private static final int MOST_STATEMENTS = 15;

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    @Autowired
    ClassSessionService sessions;

    private final List<PushSocket> sockets = new ArrayList<>();

    @AfterEach
    void closeSockets() {
        sockets.forEach(PushSocket::close);
    }

    @Test
    void opening_a_section_costs_the_same_few_statements_with_fifty_students_watching() throws Exception {
        Actor teacher = fixtures.teacher();
        SessionSummary live = sessions.create(
                teacher,
                fixtures.bundledRevision(),
                new SessionSettings("Fifty", Feedback.IMMEDIATE, 1, Pacing.LIVE, null, Gate.OFF));
        HttpClient http =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        URI base = URI.create("http://127.0.0.1:" + port + "/");
        List<Student> students = new ArrayList<>();
        for (int i = 0; i < STUDENTS; i++) {
            Student student = new Student(http, base, "Student " + (i + 1));
            student.join(live.joinCode());
            sockets.add(student.tab().openPush());
            students.add(student);
        }
        LessonContent lesson = fixtures.bundledLesson();

        long first = statementsUntilShown(
                students, lesson.sections().get(0).title(), () -> sessions.openNextSection(teacher, live.id()));
        assertThat(first)
                .as("statements from \"Open section 1\" until %d screens show it", STUDENTS)
                .isLessThanOrEqualTo(MOST_STATEMENTS);

        long second = statementsUntilShown(
                students, lesson.sections().get(1).title(), () -> sessions.openNextSection(teacher, live.id()));
        assertThat(second)
                .as("statements from \"Open section 2\" until %d screens have moved on", STUDENTS)
                .isLessThanOrEqualTo(MOST_STATEMENTS);
    }

    private static long statementsUntilShown(List<Student> students, String sectionTitle, Runnable action)
            throws Exception {
        List<CompletableFuture<Long>> shown = new ArrayList<>();
        for (Student student : students) {
            shown.add(student.tab()
                    .when(tree -> tree.textOf("section-title").orElse("").equals(sectionTitle)));
        }
        long before = CountedStatements.count();
        action.run();
        CompletableFuture.allOf(shown.toArray(CompletableFuture[]::new)).get(30, TimeUnit.SECONDS);
        return CountedStatements.count() - before;
    }
}
