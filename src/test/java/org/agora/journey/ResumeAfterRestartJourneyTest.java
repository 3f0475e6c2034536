package org.agora.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.agora.AgoraTest;
import org.agora.Fixtures;
import org.agora.lesson.LessonContent;
import org.agora.lesson.LessonContent.QuestionContent;
import org.agora.lesson.LessonContent.SectionContent;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.util.FileSystemUtils;

/**
 * A student answers, reloads the page, and then the server dies (SIGKILL) and starts again
 * on the same data: after each, the student finds every answer and the section they were on.
 */
class ResumeAfterRestartJourneyTest extends AgoraTest {

    @Autowired
    Fixtures fixtures;

    @Test
    void every_answer_is_there_after_a_reload_and_after_the_server_is_killed_and_restarted() throws Exception {
        LessonContent lesson = fixtures.bundledLesson();
        SectionContent first = lesson.sections().get(0);
        SectionContent second = lesson.sections().get(1);
        List<QuestionContent> answered = new ArrayList<>(first.questions().subList(0, 4));
        answered.add(second.questions().get(0));
        Path data = Files.createTempDirectory("agora-restart");

        AppProcess app = new AppProcess(data).start();
        try (Browser student = new Browser(app.baseUrl(), 1280, 900)) {
            String code = app.demoJoinCode();
            student.open("join/" + code);
            student.type("display-name", "Rémi 🙂");
            student.click("join");
            student.waitForText("section-title", first.title());
            StudentActions.stance(student, "poll-before", "Disagree");
            student.click("send-poll-before");
            student.waitForText("state-poll-before", "Saved");
            for (QuestionContent q : first.questions().subList(0, 4)) {
                StudentActions.answer(student, q, first);
                student.click("send-" + q.key());
                student.waitForText("state-" + q.key(), "Correct");
            }
            student.click("next-section");
            student.waitForText("section-title", second.title());
            QuestionContent later = second.questions().get(0);
            StudentActions.answer(student, later, second);
            student.click("send-" + later.key());
            student.waitForText("state-" + later.key(), "Correct");

            student.driver().navigate().refresh();
            findsEverything(student, first, second, answered);

            app.kill();
            app = new AppProcess(data, app.port()).start();
            student.driver().navigate().refresh();
            findsEverything(student, first, second, answered);
            student.screenshot("resume-after-restart");
        } finally {
            app.close();
            FileSystemUtils.deleteRecursively(data);
        }
    }

    /** Back on the section they left, with every answer stored, on both sections. */
    private static void findsEverything(
            Browser student, SectionContent first, SectionContent second, List<QuestionContent> answered) {
        student.waitForText("section-title", second.title());
        assertThat(student.text("student-name")).startsWith("Rémi 🙂");
        assertThat(student.text("state-" + answered.get(4).key())).isEqualTo("Correct");
        student.click("previous-section");
        student.waitForText("section-title", first.title());
        assertThat(student.text("state-poll-before")).isEqualTo("Saved");
        assertThat(student.driver()
                        .findElement(By.cssSelector("#question-poll-before .agora-option:has(input:checked)"))
                        .getText())
                .isEqualTo("Disagree");
        for (QuestionContent q : answered.subList(0, 4)) {
            assertThat(student.text("state-" + q.key())).as(q.key()).isEqualTo("Correct");
        }
        student.click("next-section");
        student.waitForText("section-title", second.title());
    }
}
