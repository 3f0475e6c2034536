package org.agora.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.agora.AgoraTest;
import org.agora.Fixtures;
import org.agora.account.Role;
import org.agora.classroom.ClassSessionService;
import org.agora.classroom.Feedback;
import org.agora.classroom.Gate;
import org.agora.classroom.Pacing;
import org.agora.classroom.SessionSettings;
import org.agora.classroom.SessionSummary;
import org.agora.lesson.LessonContent;
import org.agora.lesson.LessonContent.OptionContent;
import org.agora.lesson.LessonContent.QuestionContent;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A teacher's first live class, as a new user meets it: three students in browsers of their own
 * (a phone with an Arabic name, two laptops, one name with an emoji and one starting with "="),
 * the poll before reading changed before reading, a wrong then a right try, an unchanged answer
 * that cannot be sent again, a short answer the teacher accepts too, the rubric kept through
 * moderation, a spotlight refused with too few approvals and then shown, the projector driven from
 * the dashboard, a student let back in on a new device, a student removed and the session deleted
 * while a student watches.
 */
class FirstClassJourneyTest extends AgoraTest {

    private static final String[] NAMES = {"ليلى أحمد", "Zoë 🦊", "=Sam"};
    private static final String[] ARGUMENTS = {
        "كازاخستان تتحدث مع كل الأطراف، لذلك يمكنها استضافة المحادثات.",
        "Russia decides anyway; the host country changes little.",
        "Astana already hosted talks with the opposition in 2015."
    };

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    @Autowired
    ClassSessionService sessions;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void a_first_live_class_from_the_poll_to_the_deleted_session() throws Exception {
        Fixtures.Account teacher = fixtures.account(Role.TEACHER);
        LessonContent lesson = fixtures.bundledLesson();
        SessionSummary session = sessions.create(
                teacher.actor(),
                fixtures.bundledRevision(),
                new SessionSettings(
                        "10B – Tuesday debate", Feedback.IMMEDIATE, 2, Pacing.LIVE, null, Gate.OFF, true, true, false));
        String base = "http://localhost:" + port + "/";
        String dashboard = "teacher/sessions/" + session.id();
        QuestionContent q1 = lesson.question("s1-q1").orElseThrow();

        List<Browser> students = new ArrayList<>();
        Browser desk = new Browser(base, 1280, 900);
        Browser projector = new Browser(base, 1920, 1080);
        try {
            signIn(desk, teacher);
            desk.open(dashboard);
            desk.waitFor(By.id("open-next-section"));
            signIn(projector, teacher);
            projector.open(dashboard + "/projector");
            projector.waitForText("session-code", session.joinCode());
            assertThat(px(projector.waitFor(By.id("session-code")).getCssValue("font-size")))
                    .as("the join code is readable from the back of the room")
                    .isGreaterThanOrEqualTo(0.15 * 1080);

            int[][] sizes = {{360, 740}, {1280, 900}, {1280, 800}};
            for (int i = 0; i < NAMES.length; i++) {
                Browser student = new Browser(base, sizes[i][0], sizes[i][1]);
                students.add(student);
                student.open("join/" + session.joinCode());
                student.type("display-name", NAMES[i]);
                student.click("join");
                student.waitFor(By.id("waiting"));
                desk.waitForText("student-count", String.valueOf(i + 1));
            }
            Browser layla = students.get(0);
            Browser zoe = students.get(1);
            Browser sam = students.get(2);
            assertThat(layla.text("student-name")).contains(NAMES[0]);
            assertThat(pageWidth(layla)).as("no sideways scrolling on a phone").isLessThanOrEqualTo(360);

            // The poll before reading: changed before reading, counted as changed everywhere.
            StudentActions.stance(layla, "poll-before", "Strongly disagree");
            layla.click("send-poll-before");
            layla.waitForText("state-poll-before", "Saved");
            StudentActions.stance(layla, "poll-before", "Agree");
            layla.click("send-poll-before");
            layla.waitForText("state-poll-before", "Saved");
            desk.wait(d -> d.findElement(By.id("poll-before-result")).getText().contains("Agree 1"));
            assertThat(desk.text("poll-before-result")).contains("Strongly disagree 0");

            desk.click("open-next-section");
            for (Browser student : students) {
                student.waitForText("section-title", lesson.sections().get(0).title());
            }
            assertThat(pageWidth(layla)).as("the first section fits a phone").isLessThanOrEqualTo(360);

            // Two tries: a wrong first try says only "Not quite"; the same answer cannot go again.
            for (int i = 0; i < 3; i++) {
                Browser student = students.get(i);
                if (i < 2) {
                    choose(student, q1, false);
                    student.click("send-s1-q1");
                    student.waitForText("state-s1-q1", "Incorrect");
                    String card = student.text("question-s1-q1");
                    assertThat(card).contains("Not quite.").contains("You have one more try.");
                    assertThat(card).doesNotContain(q1.explanation());
                    assertThat(sendButton(student, "s1-q1").getAttribute("disabled"))
                            .as("an unchanged answer cannot be sent again")
                            .isNotNull();
                    assertThat(card).contains("Change your answer to send it again.");
                }
                choose(student, q1, true);
                student.click("send-s1-q1");
                student.waitForText("state-s1-q1", "Correct");
                assertThat(student.text("question-s1-q1")).contains(q1.explanation());
            }
            layla.waitFor(By.id("blocked-poll-before"));
            assertThat(layla.text("blocked-poll-before")).startsWith("You answered this before reading.");
            desk.wait(d -> d.findElement(By.id("first-s1-q1")).getText().startsWith("First tries: 1 of 3 right"));
            assertThat(desk.text("share-s1-q1")).contains("3 answered · 100% right");

            // A short answer the teacher accepts too: the student's mark changes by itself.
            typeShortAnswer(zoe, "s1-q4", "Astana");
            zoe.click("send-s1-q4");
            zoe.waitForText("state-s1-q4", "Correct");
            typeShortAnswer(sam, "s1-q4", "Akmola");
            sam.click("send-s1-q4");
            sam.waitForText("state-s1-q4", "Incorrect");
            desk.click("accept-s1-q4-1");
            desk.wait(d -> d.findElement(By.tagName("vaadin-notification-card"))
                    .getText()
                    .contains("One student is now marked right."));
            sam.waitForText("state-s1-q4", "Correct");

            for (int i = 0; i < 3; i++) {
                Browser student = students.get(i);
                StudentActions.stance(student, "s1-d1", i == 1 ? "Disagree" : "Agree");
                student.waitFor(By.cssSelector("#question-s1-d1 vaadin-text-area textarea"))
                        .sendKeys(ARGUMENTS[i], Keys.TAB);
                student.click("send-s1-d1");
                student.waitForText("state-s1-d1", "Saved");
            }
            assertThat(layla.waitFor(By.cssSelector("#question-s1-d1 vaadin-text-area textarea"))
                            .getCssValue("direction"))
                    .as("an Arabic argument is written right to left")
                    .isEqualTo("rtl");
            assertThat(zoe.waitFor(By.cssSelector("#question-s1-d1 vaadin-text-area textarea"))
                            .getCssValue("direction"))
                    .isEqualTo("ltr");
            desk.screenshot("first-class-dashboard");
            layla.scrollTo("question-s1-d1");
            layla.screenshot("first-class-phone");

            // Review: the rubric survives moderation; the spotlight waits for three approvals.
            desk.click("open-review");
            desk.waitForText("review-position", "Argument 1 of 3");
            StudentActions.clickLabelled(desk, "#score-claim vaadin-radio-button", "2 · A clear, precise position");
            StudentActions.clickLabelled(
                    desk,
                    "#score-evidence vaadin-radio-button",
                    "1 · Points to the article, but loosely or off the point");
            StudentActions.clickLabelled(
                    desk, "#score-reasoning vaadin-radio-button", "1 · Links evidence and claim, but with gaps");
            desk.click("approve-argument");
            desk.waitForText("review-wall-state", "On the wall (without the name).");
            assertThat(checked(desk, "score-claim")).startsWith("2 ·");
            assertThat(checked(desk, "score-evidence")).startsWith("1 ·");
            desk.click("save-review");
            desk.waitForText("review-position", "Argument 2 of 3");
            desk.click("previous-argument");
            desk.waitForText("review-position", "Argument 1 of 3");
            desk.click("spotlight-argument");
            desk.wait(d -> d.findElements(By.tagName("vaadin-notification-card")).stream()
                    .anyMatch(n -> n.getAttribute("textContent")
                            .contains("Not on the projector: this question has 1 approved argument and the"
                                    + " spotlight needs 3. Approve 2 more.")));
            assertThat(projector.text("projector-stage")).contains(session.joinCode());
            desk.click("approve-all");
            desk.waitForText(
                    "review-wall-count", "3 approved · enough for the wall and the spotlight to show this question");
            desk.click("spotlight-argument");
            projector.waitForText("projector-spotlight", ARGUMENTS[0]);
            desk.screenshot("first-class-review");
            projector.screenshot("first-class-projector-spotlight");
            for (String name : NAMES) {
                assertThat(projector.text("projector-stage")).doesNotContain(name);
            }

            // The projector follows the dashboard's choice, with no control of its own.
            desk.open(dashboard);
            desk.click("project-s1-q1");
            projector.wait(
                    d -> d.findElement(By.id("projector-stage")).getText().contains("3 answered"));
            assertThat(projector.driver().findElements(By.cssSelector("vaadin-button, vaadin-select")))
                    .isEmpty();
            assertThat(px(projector
                            .driver()
                            .findElement(By.cssSelector("#projector-stage .agora-result"))
                            .getCssValue("font-size")))
                    .isGreaterThanOrEqualTo(32);
            projector.screenshot("first-class-projector-results");
            desk.click("project-code");
            projector.waitForText("session-code", session.joinCode());

            // A student removed: their open screen says so.
            long samId = jdbc.queryForObject(
                    "select id from participant where session_id = ? and display_name = ?",
                    Long.class,
                    session.id(),
                    NAMES[2]);
            WebElement list = desk.waitFor(By.cssSelector("#student-list vaadin-details-summary"));
            desk.driver().executeScript("arguments[0].scrollIntoView({block: 'center'})", list);
            list.click();

            // Zoë lost her laptop: the teacher lets her back in on a new device with a one-time code.
            long zoeId = jdbc.queryForObject(
                    "select id from participant where session_id = ? and display_name = ?",
                    Long.class,
                    session.id(),
                    NAMES[1]);
            desk.click("new-device-" + zoeId);
            String code = desk.text("place-code");
            desk.click("close-new-device");
            try (Browser newDevice = new Browser(base, 390, 844)) {
                newDevice.open("resume");
                newDevice.type("type-place-code", code.toLowerCase(java.util.Locale.ROOT));
                newDevice.click("use-place-code");
                newDevice.wait(
                        d -> d.findElement(By.id("student-name")).getText().contains(NAMES[1]));
                assertThat(newDevice.text("state-s1-q1")).isEqualTo("Correct");
                assertThat(newDevice.text("state-s1-q4")).isEqualTo("Correct");
            }

            desk.click("delete-student-" + samId);
            confirm(desk);
            sam.waitForText("gone-title", "Your place in this class was removed");
            // Scrolled out of view by now: read the figure as text.
            desk.wait(d -> d.findElement(By.id("student-count"))
                    .getAttribute("textContent")
                    .strip()
                    .equals("2"));

            // The session deleted while a student and the projector watch.
            desk.click("delete-session");
            confirm(desk);
            layla.waitForText("gone-title", "This class has ended");
            layla.screenshot("first-class-ended-phone");
            projector.waitFor(By.id("not-allowed"));
            layla.click("go-to-start");
            layla.waitFor(By.id("join-code"));
        } catch (RuntimeException | AssertionError failed) {
            // What each screen showed when the journey stopped, for the person reading the failure.
            for (int i = 0; i < students.size(); i++) {
                students.get(i).screenshot("first-class-failed-student-" + i);
            }
            desk.screenshot("first-class-failed-desk");
            projector.screenshot("first-class-failed-projector");
            throw failed;
        } finally {
            students.forEach(Browser::close);
            desk.close();
            projector.close();
        }
    }

    private static void signIn(Browser browser, Fixtures.Account teacher) {
        StaffActions.signIn(browser, teacher.username(), Fixtures.PASSWORD);
        browser.waitFor(By.id("new-session"));
    }

    private static void choose(Browser student, QuestionContent q, boolean right) {
        OptionContent option = q.options().stream()
                .filter(o -> o.correct() == right)
                .findFirst()
                .orElseThrow();
        StudentActions.clickLabelled(student, "#question-" + q.key() + " .agora-option", option.text());
    }

    private static void typeShortAnswer(Browser student, String key, String text) {
        WebElement input = student.waitFor(By.cssSelector("#question-" + key + " vaadin-text-field input"));
        input.sendKeys(text, Keys.TAB);
    }

    private static WebElement sendButton(Browser student, String key) {
        return student.waitFor(By.id("send-" + key));
    }

    /** The label of the checked level of one rubric part. */
    private static String checked(Browser desk, String groupId) {
        return desk.waitFor(By.cssSelector("#" + groupId + " vaadin-radio-button[checked]"))
                .getText();
    }

    private static void confirm(Browser browser) {
        browser.wait(d -> {
            List<WebElement> buttons = d.findElements(By.cssSelector("vaadin-button[slot='confirm-button']"));
            if (buttons.isEmpty() || !buttons.get(0).isDisplayed()) {
                return false;
            }
            buttons.get(0).click();
            return true;
        });
    }

    private static double px(String cssValue) {
        return Double.parseDouble(cssValue.replace("px", ""));
    }

    private static long pageWidth(Browser browser) {
        return (Long) browser.driver().executeScript("return document.documentElement.scrollWidth");
    }
}
