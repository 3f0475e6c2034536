package org.agora.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.agora.AgoraTest;
import org.agora.Fixtures;
import org.agora.account.Role;
import org.agora.lesson.LessonContent;
import org.agora.lesson.LessonContent.OptionContent;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The core loop in real browsers: a teacher creates a live session, a student in a second
 * browser joins with the code shown, the teacher opens the first section, the student answers
 * two questions, and each screen follows the other without a reload.
 */
class CoreLoopJourneyTest extends AgoraTest {

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    @Test
    void a_student_s_answers_appear_on_the_teacher_s_open_screen_without_a_reload() throws Exception {
        Fixtures.Account teacherAccount = fixtures.account(Role.TEACHER);
        LessonContent lesson = fixtures.bundledLesson();
        String base = "http://localhost:" + port + "/";

        try (Browser teacher = new Browser(base, 1280, 900);
                Browser student = new Browser(base, 1280, 900)) {
            teacher.open("login");
            teacher.type("vaadinLoginUsername", teacherAccount.username());
            teacher.type("vaadinLoginPassword", Fixtures.PASSWORD);
            teacher.driver()
                    .findElement(By.cssSelector("#vaadinLoginPassword input"))
                    .sendKeys(Keys.ENTER);

            teacher.click("new-session");
            // Other tests add lessons; choose the bundled one by its title.
            teacher.choose("session-lesson", fixtures.bundledLesson().title());
            teacher.type("session-title", "Browser class");
            teacher.click("create-session");
            teacher.waitFor(By.id("progress-grid"));
            String code = teacher.text("session-code");
            assertThat(code).matches("[A-Z2-9]{6}");
            assertThat(teacher.text("student-count")).isEqualTo("0");
            assertThat(teacher.text("answer-count")).isEqualTo("0");
            String dashboardUrl = teacher.driver().getCurrentUrl();

            student.open("");
            student.type("join-code", code.toLowerCase());
            student.type("display-name", "Zoë 🙂");
            student.click("join");
            student.waitFor(By.id("waiting"));
            teacher.waitForText("student-count", "1");
            teacher.waitForText("online-count", "1");
            student.screenshot("student-waiting-laptop");

            // Live pacing: the section appears on the student's screen when the teacher opens it.
            teacher.click("open-next-section");
            student.waitForText("section-title", lesson.sections().get(0).title());
            student.screenshot("student-section-laptop");

            OptionContent right = lesson.question("s1-q1").orElseThrow().options().stream()
                    .filter(OptionContent::correct)
                    .findFirst()
                    .orElseThrow();
            chooseOption(student, "s1-q1", right.text());
            student.click("send-s1-q1");
            student.waitForText("state-s1-q1", "Correct");
            teacher.waitForText("answer-count", "1");

            String accepted =
                    lesson.question("s1-q4").orElseThrow().acceptedAnswers().get(0);
            student.type("question-s1-q4 vaadin-text-field", accepted.toLowerCase());
            student.click("send-s1-q4");
            student.waitForText("state-s1-q4", "Correct");
            teacher.waitForText("answer-count", "2");
            student.scrollTo("question-s1-q1");
            student.screenshot("student-questions-laptop");

            List<WebElement> cells = teacher.driver().findElements(By.cssSelector("#progress-grid td.cell-right"));
            assertThat(cells).hasSize(2);
            assertThat(teacher.driver()
                            .findElement(By.cssSelector("#progress-grid tbody th"))
                            .getText())
                    .contains("Zoë 🙂");
            assertThat(teacher.driver().getCurrentUrl()).isEqualTo(dashboardUrl);
            teacher.waitForText("share-s1-q1", "1 answered · 100% right");
            teacher.screenshot("teacher-dashboard-laptop");
            teacher.scrollTo("results");
            teacher.screenshot("teacher-results-laptop");

            // A teacher is not an admin: the accounts screen does not open for them.
            teacher.open("admin/accounts");
            teacher.wait(d -> d.findElement(By.tagName("body")).getText().contains("Could not navigate"));
            assertThat(teacher.driver().findElements(By.id("create-account"))).isEmpty();
            teacher.screenshot("teacher-denied-accounts");
            teacher.driver().navigate().to(dashboardUrl);
            teacher.waitForText("answer-count", "2");

            // The teacher locks answering: the student's open question says so without a reload.
            teacher.click("lock-answers");
            student.wait(ExpectedConditions.textToBe(
                    By.id("blocked-s1-q2"), "Your teacher has locked answering for this section."));
            assertThat(student.driver().findElement(By.id("send-s1-q2")).getAttribute("disabled"))
                    .isNotNull();

            // The server forgets the browser (as after a restart); the resume cookie brings the student back.
            student.driver().manage().deleteCookieNamed("JSESSIONID");
            assertThat(student.driver().manage().getCookieNamed("agora-resume").isHttpOnly())
                    .isTrue();
            student.driver().navigate().refresh();
            student.waitForText("state-s1-q1", "Correct");
            assertThat(student.text("state-s1-q4")).isEqualTo("Correct");

            student.resize(360, 740);
            teacher.resize(360, 740);
            student.open("");
            student.waitFor(By.id("continue-lesson"));
            student.screenshot("start-phone");
            student.click("continue-lesson");
            student.waitFor(By.id("section-title"));
            student.screenshot("student-section-phone");
            student.scrollTo("question-s1-q2");
            student.screenshot("student-questions-phone");
            teacher.driver().navigate().refresh();
            teacher.waitFor(By.id("progress-grid"));
            teacher.screenshot("teacher-dashboard-phone");
        }
    }

    /** Clicks the radio button of a question whose label is the given text. */
    private static void chooseOption(Browser browser, String key, String label) {
        WebElement option =
                browser.wait(d -> d.findElements(By.cssSelector("#question-" + key + " .agora-option")).stream()
                        .filter(e -> e.getText().strip().equals(label))
                        .findFirst()
                        .orElse(null));
        option.findElement(By.cssSelector("input")).click();
        browser.wait(ExpectedConditions.textToBe(By.id("state-" + key), "Not sent yet"));
    }
}
