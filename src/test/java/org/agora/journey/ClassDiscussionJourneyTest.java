package org.agora.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A teacher runs a live class with three students, each in a browser of their own: the
 * dashboard shows every answer as it arrives, the teacher reviews the arguments and releases
 * the feedback, the students see it, and the wall shows the three arguments without names.
 */
class ClassDiscussionJourneyTest extends AgoraTest {

    private static final String[] NAMES = {"Amani", "Bruno", "Chen"};
    private static final String[] ARGUMENTS = {
        "Kazakhstan speaks with every side, so it can host the talks.",
        "Russia will decide anyway, the host country changes little.",
        "Astana hosted talks with the opposition before, in 2015."
    };

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    @Autowired
    ClassSessionService sessions;

    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    @Test
    void a_live_class_with_three_students_from_answers_to_released_feedback_and_the_wall() throws Exception {
        Fixtures.Account teacher = fixtures.account(Role.TEACHER);
        LessonContent lesson = fixtures.bundledLesson();
        SessionSummary session = sessions.create(
                teacher.actor(),
                fixtures.bundledRevision(),
                new SessionSettings("10B Discussion", Feedback.IMMEDIATE, 1, Pacing.LIVE, null, Gate.OFF));
        String base = "http://localhost:" + port + "/";
        QuestionContent q1 = lesson.question("s1-q1").orElseThrow();

        List<Browser> students = new ArrayList<>();
        try (Browser desk = new Browser(base, 1280, 900)) {
            desk.open("login");
            desk.type("vaadinLoginUsername", teacher.username());
            desk.type("vaadinLoginPassword", Fixtures.PASSWORD);
            desk.driver()
                    .findElement(By.cssSelector("#vaadinLoginPassword input"))
                    .sendKeys(Keys.ENTER);
            desk.waitFor(By.id("new-session"));
            desk.open("teacher/sessions/" + session.id());
            desk.waitFor(By.id("open-next-section"));

            for (int i = 0; i < NAMES.length; i++) {
                Browser student = new Browser(base, 360, 740);
                students.add(student);
                student.open("join/" + session.joinCode());
                student.type("display-name", NAMES[i]);
                student.click("join");
                student.waitFor(By.id("waiting"));
                desk.waitForText("student-count", String.valueOf(i + 1));
            }
            desk.click("open-next-section");

            for (int i = 0; i < NAMES.length; i++) {
                Browser student = students.get(i);
                student.waitForText("section-title", lesson.sections().get(0).title());
                boolean right = i != 1;
                OptionContent option = q1.options().stream()
                        .filter(o -> o.correct() == right)
                        .findFirst()
                        .orElseThrow();
                StudentActions.clickLabelled(student, "#question-s1-q1 .agora-option", option.text());
                student.click("send-s1-q1");
                student.waitForText("state-s1-q1", right ? "Correct" : "Incorrect");
                desk.waitForText("answer-count", String.valueOf(i + 1));
            }
            desk.waitForText("share-s1-q1", "3 answered · 67% right");

            for (int i = 0; i < NAMES.length; i++) {
                Browser student = students.get(i);
                StudentActions.stance(student, "s1-d1", i == 1 ? "Disagree" : "Agree");
                student.waitFor(By.cssSelector("#question-s1-d1 vaadin-text-area textarea"))
                        .sendKeys(ARGUMENTS[i], Keys.TAB);
                if (i == 2) {
                    // The sentences to cite are drawn when the list is opened.
                    assertThat(student.driver()
                                    .findElements(By.cssSelector("#question-s1-d1 .agora-citations .agora-option")))
                            .isEmpty();
                    student.driver()
                            .findElement(By.cssSelector("#question-s1-d1 .agora-cite summary"))
                            .click();
                    StudentActions.clickLabelled(
                            student,
                            "#question-s1-d1 .agora-citations .agora-option",
                            lesson.sections()
                                    .get(0)
                                    .sentences()
                                    .findFirst()
                                    .orElseThrow()
                                    .text());
                }
                student.click("send-s1-d1");
                student.waitForText("state-s1-d1", "Saved");
            }
            desk.waitForText("answer-count", "6");
            assertThat(jdbc.queryForObject("select selection from answer where text = ?", String.class, ARGUMENTS[2]))
                    .as("the cited sentence is stored with the argument")
                    .contains(lesson.sections()
                            .get(0)
                            .sentences()
                            .findFirst()
                            .orElseThrow()
                            .key());
            desk.screenshot("discussion-dashboard-laptop");

            // Review: score each argument with the rubric, then release the feedback in one go.
            desk.click("open-review");
            for (int i = 0; i < NAMES.length; i++) {
                desk.waitForText("review-position", "Argument " + (i + 1) + " of 3");
                // Each level is labelled with what it stands for.
                Map<String, String> levels = i == 1
                        ? Map.of(
                                "claim", "1 · A position, but vague or hedged",
                                "evidence", "1 · Points to the article, but loosely or off the point",
                                "reasoning", "1 · Links evidence and claim, but with gaps")
                        : Map.of(
                                "claim", "2 · A clear, precise position",
                                "evidence", "2 · Cites the article precisely, and it fits the claim",
                                "reasoning", "2 · Explains step by step how the evidence backs the claim");
                for (String criterion : List.of("claim", "evidence", "reasoning")) {
                    StudentActions.clickLabelled(
                            desk, "#score-" + criterion + " vaadin-radio-button", levels.get(criterion));
                }
                desk.click("save-review");
                String scored = (i + 1) + " of 3 scored";
                // The form takes the focus and the summary may be scrolled out of view: read its text as is.
                desk.wait(d -> d.findElement(By.id("review-summary"))
                        .getAttribute("textContent")
                        .startsWith(scored));
            }
            desk.screenshot("discussion-review-laptop");
            desk.click("release-feedback");
            desk.waitForText("review-summary", "3 of 3 scored · 0 not yet released to students");

            for (int i = 0; i < NAMES.length; i++) {
                int score = i == 1 ? 3 : 6;
                students.get(i)
                        .wait(d ->
                                d.findElement(By.id("review-s1-d1")).getText().contains("Total: " + score + " of 6"));
            }
            students.get(0).scrollTo("question-s1-d1");
            students.get(0).screenshot("discussion-feedback-phone");

            // The wall: three approved arguments, no names.
            desk.open("teacher/sessions/" + session.id());
            desk.click("show-wall");
            for (Browser student : students) {
                student.click("open-wall");
                student.waitFor(By.id("wall-s1-d1"));
                String wall = student.text("wall");
                for (String argument : ARGUMENTS) {
                    assertThat(wall).contains(argument);
                }
                for (String name : NAMES) {
                    assertThat(wall).doesNotContain(name);
                }
            }
            students.get(2).screenshot("discussion-wall-phone");
        } finally {
            students.forEach(Browser::close);
        }
    }
}
