package org.agora.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.agora.AgoraTest;
import org.agora.Fixtures;
import org.agora.lesson.LessonContent;
import org.agora.lesson.LessonContent.QuestionContent;
import org.agora.lesson.LessonContent.SectionContent;
import org.agora.lesson.QuestionType;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.util.FileSystemUtils;

/**
 * The packaged app runs as its own process while students answer in their browsers; it is
 * killed (SIGKILL) at a random moment of the burst and started again on the same data. Every
 * answer a student's screen showed as stored must then be in the database and on the
 * student's screen after a reload. CI runs 3 kills; {@code -Dagora.crash.kills=20} runs 20,
 * and {@code -Dagora.crash.seed=N} replays one run.
 */
class CrashSafetyTest extends AgoraTest {

    private static final int STUDENTS_PER_ROUND = 2;
    /** Quick kinds, so that answers arrive close together. */
    private static final Set<QuestionType> BURST_TYPES = Set.of(
            QuestionType.SINGLE_CHOICE, QuestionType.TRUE_FALSE, QuestionType.MULTIPLE_CHOICE, QuestionType.SHORT_TEXT);

    @Autowired
    Fixtures fixtures;

    /** Question keys the screen showed as stored, per student name. */
    private final Map<String, Set<String>> acknowledged = new ConcurrentHashMap<>();

    @Test
    void every_answer_a_student_saw_stored_survives_kill_minus_nine_at_a_random_moment() throws Exception {
        int kills = Integer.getInteger("agora.crash.kills", 3);
        long seed = Long.getLong("agora.crash.seed", System.nanoTime());
        System.out.println("Crash safety: seed " + seed + " (replay with -Dagora.crash.seed=" + seed + ")");
        Random random = new Random(seed);
        LessonContent lesson = fixtures.bundledLesson();
        Path data = Files.createTempDirectory("agora-crash");
        AppProcess app = new AppProcess(data).start();
        String code = app.demoJoinCode();
        int port = app.port();
        try {
            for (int round = 1; round <= kills; round++) {
                List<Student> students = new ArrayList<>();
                try {
                    for (int s = 1; s <= STUDENTS_PER_ROUND; s++) {
                        students.add(join(app, code, "Student " + round + "-" + s, lesson));
                    }
                    burstThenKill(app, students, lesson, random);
                    app = new AppProcess(data, port).start();
                    for (Student student : students) {
                        findsEveryAcknowledgedAnswer(student, lesson);
                    }
                } finally {
                    students.forEach(s -> s.browser().close());
                }
            }
            app.kill();
        } finally {
            app.close();
        }
        int stored = assertEveryAcknowledgedAnswerIsStored(data);
        int total = acknowledged.values().stream().mapToInt(Set::size).sum();
        System.out.println(
                "Crash safety: " + kills + " kills, " + total + " answers acknowledged, " + (total - stored) + " lost");
        FileSystemUtils.deleteRecursively(data);
    }

    /** A student's browser and the name they joined with. */
    private record Student(String name, Browser browser) {}

    private Student join(AppProcess app, String code, String name, LessonContent lesson) throws Exception {
        Browser browser = new Browser(app.baseUrl(), 1280, 900);
        browser.open("join/" + code);
        browser.type("display-name", name);
        browser.click("join");
        browser.waitForText("section-title", lesson.sections().get(0).title());
        acknowledged.put(name, ConcurrentHashMap.newKeySet());
        return new Student(name, browser);
    }

    /**
     * The students answer at full speed, each in a thread of their own; the app is killed once
     * a random number of answers has been acknowledged, after a further random fraction of a
     * second, so the kill falls between, during or just after requests.
     */
    private void burstThenKill(AppProcess app, List<Student> students, LessonContent lesson, Random random)
            throws Exception {
        AtomicInteger acks = new AtomicInteger();
        int killAfter = 2 + random.nextInt(10);
        long extraMillis = random.nextInt(100);
        ExecutorService pool = Executors.newFixedThreadPool(students.size());
        try {
            List<Future<?>> running = new ArrayList<>();
            for (Student student : students) {
                running.add(pool.submit(() -> answerUntilKilled(app, student, lesson, acks)));
            }
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
            synchronized (acks) {
                while (acks.get() < killAfter
                        && running.stream().anyMatch(f -> !f.isDone())
                        && System.nanoTime() < deadline) {
                    acks.wait(1000);
                }
            }
            Thread.sleep(extraMillis); // the random moment itself, not a wait for anything
            app.kill();
            for (Future<?> f : running) {
                f.get(60, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private void answerUntilKilled(AppProcess app, Student who, LessonContent lesson, AtomicInteger acks) {
        Browser student = who.browser();
        Set<String> mine = acknowledged.get(who.name());
        try {
            for (SectionContent section : lesson.sections()) {
                for (QuestionContent q : section.questions()) {
                    if (!BURST_TYPES.contains(q.type()) || !app.alive()) {
                        continue;
                    }
                    StudentActions.answer(student, q, section);
                    student.click("send-" + q.key());
                    student.wait(d -> !app.alive() || stored(student, q));
                    if (stored(student, q)) {
                        mine.add(q.key());
                        synchronized (acks) {
                            acks.incrementAndGet();
                            acks.notifyAll();
                        }
                    }
                }
                if (!app.alive() || section.index() == lesson.sections().size() - 1) {
                    return;
                }
                student.click("next-section");
                // A kill just after the click leaves the old section on screen: stop waiting then.
                String next = lesson.sections().get(section.index() + 1).title();
                student.wait(d -> !app.alive()
                        || ExpectedConditions.textToBe(By.id("section-title"), next)
                                .apply(d));
            }
        } catch (RuntimeException e) {
            if (app.alive()) {
                throw e;
            }
            // The app died under the student's hands: what was acknowledged is recorded.
        }
    }

    private static boolean stored(Browser student, QuestionContent q) {
        return student.driver().findElements(By.id("state-" + q.key())).stream()
                .anyMatch(e -> "Correct".equals(e.getText()));
    }

    /** After a reload, every section shows each acknowledged answer as stored. */
    private void findsEveryAcknowledgedAnswer(Student who, LessonContent lesson) {
        Browser student = who.browser();
        String name = who.name();
        Set<String> mine = acknowledged.get(name);
        student.driver().navigate().refresh();
        assertThat(student.text("student-name")).startsWith(name);
        String title = student.waitFor(By.id("section-title")).getText();
        int at = lesson.sections().stream()
                .filter(s -> s.title().equals(title))
                .findFirst()
                .orElseThrow()
                .index();
        for (int i = at; i > 0; i--) {
            student.click("previous-section");
            student.waitForText("section-title", lesson.sections().get(i - 1).title());
        }
        Set<String> seen = new HashSet<>();
        for (SectionContent section : lesson.sections()) {
            for (QuestionContent q : section.questions()) {
                if (mine.contains(q.key())) {
                    assertThat(student.text("state-" + q.key()))
                            .as(name + " " + q.key())
                            .isEqualTo("Correct");
                    seen.add(q.key());
                }
            }
            if (seen.containsAll(mine)) {
                return;
            }
            student.click("next-section");
            student.waitForText(
                    "section-title", lesson.sections().get(section.index() + 1).title());
        }
    }

    /** Opens the killed app's database file and finds a row for each acknowledged answer. */
    private int assertEveryAcknowledgedAnswerIsStored(Path data) throws Exception {
        int found = 0;
        String sql = "select count(*) from answer a join participant p on p.id = a.participant_id "
                + "join question q on q.id = a.question_id where p.display_name = ? and q.question_key = ?";
        try (Connection db = DriverManager.getConnection("jdbc:h2:file:" + data.resolve("agora"), "sa", "");
                PreparedStatement count = db.prepareStatement(sql)) {
            for (Map.Entry<String, Set<String>> student : acknowledged.entrySet()) {
                for (String key : student.getValue()) {
                    count.setString(1, student.getKey());
                    count.setString(2, key);
                    try (ResultSet rows = count.executeQuery()) {
                        rows.next();
                        assertThat(rows.getInt(1))
                                .as(student.getKey() + " " + key)
                                .isEqualTo(1);
                        found++;
                    }
                }
            }
        }
        return found;
    }
}
