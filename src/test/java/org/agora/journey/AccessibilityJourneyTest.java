package org.agora.journey;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.agora.AgoraTest;
import org.agora.Fixtures;
import org.agora.classroom.AnswerInput;
import org.agora.classroom.AnswerService;
import org.agora.classroom.ClassSessionService;
import org.agora.classroom.Feedback;
import org.agora.classroom.JoinService;
import org.agora.classroom.SessionSummary;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * axe-core (from the npm registry, installed by the build) on the student's screens: the
 * start page, sections holding every kind of question, the argument wall, and moving to a
 * phone with a device link. No serious or critical violation may be found.
 */
class AccessibilityJourneyTest extends AgoraTest {

    private static final Path AXE = Path.of("target", "axe", "node_modules", "axe-core", "axe.min.js");

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    @Autowired
    JoinService joins;

    @Autowired
    AnswerService answers;

    @Autowired
    ClassSessionService sessions;

    @Test
    void the_student_screens_have_no_serious_or_critical_accessibility_violations() throws Exception {
        assertThat(AXE)
                .as("axe-core is installed by 'mvn test' (exec-maven-plugin, npm)")
                .exists();
        String axe = Files.readString(AXE);
        SessionSummary session = fixtures.session(fixtures.admin(), Feedback.IMMEDIATE, 1);
        for (String name : List.of("Ana", "Ben", "Cleo")) {
            String token = joins.join(session.joinCode(), name).resumeToken();
            answers.submit(
                    token,
                    "s1-d1",
                    UUID.randomUUID().toString(),
                    AnswerInput.stance(name.length() + 1, "An argument from " + name.length() + " letters."));
        }
        sessions.showWall(fixtures.admin(), session.id(), true);

        List<String> problems = new ArrayList<>();
        try (Browser student = new Browser("http://localhost:" + port + "/", 1280, 900)) {
            student.driver().manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
            student.open("");
            student.waitFor(By.id("join-code"));
            problems.addAll(check(student, axe, "start page"));

            student.type("join-code", session.joinCode());
            student.type("display-name", "Reader");
            student.click("join");
            student.waitFor(By.id("question-s1-q5"));
            problems.addAll(check(student, axe, "section 1 (choice, multiple, true/false, short, evidence, debate)"));

            student.click("next-section");
            student.waitFor(By.id("question-s2-q2"));
            problems.addAll(check(student, axe, "section 2 (ordering)"));

            student.click("open-wall");
            student.waitFor(By.id("wall-s1-d1"));
            problems.addAll(check(student, axe, "argument wall"));

            // Continuing on a phone: the link dialog, then the page the phone opens.
            student.click("back-to-lesson");
            student.click("another-device");
            String address =
                    student.waitFor(By.cssSelector("#device-link input")).getAttribute("value");
            problems.addAll(check(student, axe, "device link dialog"));
            student.screenshot("device-link-dialog");
            try (Browser phone = new Browser("http://localhost:" + port + "/", 360, 740)) {
                phone.driver().manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
                phone.driver().get(address);
                phone.waitFor(By.id("use-device-link"));
                problems.addAll(check(phone, axe, "continue on this device"));
                phone.screenshot("device-link-phone");
                phone.click("use-device-link");
                phone.wait(d -> d.findElement(By.id("student-name")).getText().startsWith("Reader"));
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void the_teacher_screens_have_no_serious_or_critical_accessibility_violations() throws Exception {
        String axe = Files.readString(AXE);
        SessionSummary session = fixtures.session(fixtures.admin(), Feedback.IMMEDIATE, 1);
        for (String name : List.of("Ana", "Ben", "Cleo")) {
            String token = joins.join(session.joinCode(), name).resumeToken();
            answers.submit(
                    token,
                    "poll-before",
                    UUID.randomUUID().toString(),
                    new AnswerInput(List.of(), null, name.length()));
            answers.submit(
                    token,
                    "s1-d1",
                    UUID.randomUUID().toString(),
                    AnswerInput.argued(name.length() + 1, "An argument from " + name + ".", List.of("s1-1")));
        }
        List<String> problems = new ArrayList<>();
        try (Browser desk = new Browser("http://localhost:" + port + "/", 1280, 900)) {
            desk.driver().manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
            desk.open("login");
            desk.waitFor(By.id("vaadinLoginUsername"));
            problems.addAll(check(desk, axe, "sign-in"));
            desk.type("vaadinLoginUsername", "admin");
            desk.type("vaadinLoginPassword", "admin-test-password");
            desk.driver()
                    .findElement(By.cssSelector("#vaadinLoginPassword input"))
                    .sendKeys(org.openqa.selenium.Keys.ENTER);
            desk.waitFor(By.id("new-session"));
            problems.addAll(check(desk, axe, "session list"));
            desk.open("teacher/sessions/" + session.id());
            desk.waitForText("answer-count", "6");
            problems.addAll(check(desk, axe, "dashboard"));
            desk.open("teacher/sessions/" + session.id() + "/review");
            desk.waitFor(By.id("review-student"));
            problems.addAll(check(desk, axe, "review"));
            desk.open("teacher/sessions/" + session.id() + "/projector");
            desk.waitFor(By.id("session-code"));
            problems.addAll(check(desk, axe, "projector"));

            // The admin's screens: lessons, an article's proposal, the editor with every question type.
            desk.open("admin/lessons");
            desk.waitFor(By.id("lesson-list"));
            problems.addAll(check(desk, axe, "lessons"));
            desk.click("new-from-article");
            desk.waitFor(By.cssSelector("#article-text textarea"))
                    .sendKeys("# Rivers\n\nThe river rose. The town flooded.\n\n## The wall\n\nA wall was built.");
            desk.click("propose");
            desk.waitFor(By.id("proposed-section-1"));
            problems.addAll(check(desk, axe, "article proposal"));
            desk.click("create-lesson");
            desk.waitFor(By.id("lesson-status"));
            for (int type = 0; type < 7; type++) {
                desk.click("add-question-s1");
                int next = type + 1;
                desk.waitFor(By.id("question-editor-s1-q" + next));
                desk.click("add-question-type-s1");
                desk.waitFor(By.xpath("//vaadin-select-item[@role='option']"));
                desk.driver().switchTo().activeElement().sendKeys(org.openqa.selenium.Keys.ARROW_DOWN);
                desk.driver().switchTo().activeElement().sendKeys(org.openqa.selenium.Keys.ENTER);
            }
            desk.click("save-lesson");
            desk.waitFor(By.id("problem-options-s1-q1"));
            problems.addAll(check(desk, axe, "lesson editor with every question type and its problems shown"));
            desk.click("preview-lesson");
            desk.waitFor(By.id("lesson-preview"));
            problems.addAll(check(desk, axe, "lesson preview"));
        }
        assertThat(problems).isEmpty();
    }

    /** Runs axe on the page and lists its serious and critical violations. */
    private static List<String> check(Browser browser, String axe, String page) throws Exception {
        // A notification fading in has, for a moment, the contrast of half its colours: check what stays.
        browser.wait(d -> (Boolean) browser.driver().executeScript("""
                return document.getAnimations().every(a => a.playState !== 'running'
                    || (a.effect && a.effect.getTiming().iterations === Infinity));"""));
        browser.driver().executeScript(axe);
        Object json = browser.driver().executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                axe.run(document, {resultTypes: ['violations']})
                   .then(r => done(JSON.stringify(r.violations)))
                   .catch(e => done(JSON.stringify([{id: 'axe-error', impact: 'critical', help: String(e), nodes: []}])));
                """);
        List<String> found = new ArrayList<>();
        for (JsonNode violation : new ObjectMapper().readTree(String.valueOf(json))) {
            String impact = violation.path("impact").asText();
            if (impact.equals("serious") || impact.equals("critical")) {
                List<String> targets = new ArrayList<>();
                violation
                        .path("nodes")
                        .forEach(n -> targets.add(n.path("target").toString()));
                found.add(page + ": " + violation.path("id").asText() + " (" + impact + ") "
                        + violation.path("help").asText() + " at " + targets);
            }
        }
        return found;
    }
}
