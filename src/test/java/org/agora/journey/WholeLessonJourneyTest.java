package org.agora.journey;

import static org.assertj.core.api.Assertions.assertThat;

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
import org.agora.lesson.LessonContent.QuestionContent;
import org.agora.lesson.LessonContent.SectionContent;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * One student through the whole bundled lesson in teacher-paced mode, answering every
 * question of every kind right, while the teacher opens each section and locks the last; on
 * a laptop and on a phone.
 */
class WholeLessonJourneyTest extends AgoraTest {

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    @Autowired
    ClassSessionService sessions;

    @ParameterizedTest(name = "{0}x{1}")
    @CsvSource({"1280, 900", "360, 740"})
    void a_student_answers_every_question_while_the_teacher_paces_the_lesson(int width, int height) throws Exception {
        Fixtures.Account teacher = fixtures.account(Role.TEACHER);
        LessonContent lesson = fixtures.bundledLesson();
        SessionSummary session = sessions.create(
                teacher.actor(),
                fixtures.bundledRevision(),
                new SessionSettings("Whole lesson", Feedback.IMMEDIATE, 1, Pacing.LIVE, null, Gate.ANSWERED));
        String base = "http://localhost:" + port + "/";
        String size = width + "x" + height;

        try (Browser teacherScreen = new Browser(base, 1280, 900);
                Browser student = new Browser(base, width, height)) {
            teacherScreen.open("login");
            teacherScreen.type("vaadinLoginUsername", teacher.username());
            teacherScreen.type("vaadinLoginPassword", Fixtures.PASSWORD);
            teacherScreen
                    .driver()
                    .findElement(By.cssSelector("#vaadinLoginPassword input"))
                    .sendKeys(Keys.ENTER);
            teacherScreen.waitFor(By.id("new-session"));
            teacherScreen.open("teacher/sessions/" + session.id());
            teacherScreen.waitFor(By.id("open-next-section"));

            student.open("join/" + session.joinCode());
            student.type("display-name", "Whole " + size);
            student.click("join");
            student.waitFor(By.id("waiting"));
            StudentActions.stance(student, "poll-before", "Agree");
            student.click("send-poll-before");
            student.waitForText("state-poll-before", "Saved");

            for (SectionContent section : lesson.sections()) {
                teacherScreen.click("open-next-section");
                student.waitForText("section-title", section.title());
                for (QuestionContent q : section.questions()) {
                    StudentActions.answer(student, q, section);
                    student.click("send-" + q.key());
                    student.waitForText("state-" + q.key(), q.type().isComprehension() ? "Correct" : "Saved");
                }
                if (section.index() == 1) {
                    student.scrollTo("question-" + section.questions().get(1).key());
                    student.screenshot("whole-lesson-ordering-" + size);
                }
            }
            StudentActions.stance(student, "poll-after", "Strongly agree");
            student.click("send-poll-after");
            student.waitForText("state-poll-after", "Saved");
            assertThat(student.text("end-of-lesson"))
                    .contains("answered " + lesson.allQuestions().size() + " of "
                            + lesson.allQuestions().size())
                    .contains("before reading you chose \u201cAgree\u201d");

            teacherScreen.click("lock-answers");
            String lastKey = lesson.sections().get(3).questions().get(0).key();
            student.wait(
                    d -> d.findElement(By.id("blocked-" + lastKey)).getText().contains("locked"));
            teacherScreen.waitForText(
                    "answer-count", String.valueOf(lesson.allQuestions().size()));
            assertThat(teacherScreen.driver().findElements(By.cssSelector("#progress-grid td.cell-wrong")))
                    .isEmpty();
            student.screenshot("whole-lesson-end-" + size);
        }
    }
}
