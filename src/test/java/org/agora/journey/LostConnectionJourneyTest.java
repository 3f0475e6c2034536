package org.agora.journey;

import static org.assertj.core.api.Assertions.assertThat;

import org.agora.AgoraTest;
import org.agora.Fixtures;
import org.agora.account.Role;
import org.agora.classroom.Feedback;
import org.agora.classroom.SessionRecords;
import org.agora.classroom.SessionSummary;
import org.agora.lesson.LessonContent.QuestionContent;
import org.agora.lesson.LessonContent.SectionContent;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.chromium.ChromiumNetworkConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The school's wifi drops while a student sends an answer: the screen says it is not saved
 * yet, nothing is stored, and once the connection is back the answer goes out and is stored once.
 */
class LostConnectionJourneyTest extends AgoraTest {

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    @Autowired
    SessionRecords records;

    @Test
    void an_answer_sent_while_offline_is_marked_not_saved_and_goes_out_when_the_connection_is_back() throws Exception {
        Fixtures.Account teacher = fixtures.account(Role.TEACHER);
        SessionSummary session = fixtures.session(teacher.actor(), Feedback.IMMEDIATE, 1);
        SectionContent section = fixtures.bundledLesson().sections().get(0);
        QuestionContent q = section.questions().get(0);

        try (Browser student = new Browser("http://localhost:" + port + "/", 1280, 900)) {
            student.open("join/" + session.joinCode());
            student.type("display-name", "Offline Olu");
            student.click("join");
            student.waitForText("section-title", section.title());

            StudentActions.answer(student, q, section);
            student.waitForText("state-" + q.key(), "Not sent yet");
            network(student, true);
            student.click("send-" + q.key());
            student.wait(d -> "reconnecting"
                    .equals(student.driver().executeScript("return window.Vaadin.connectionState.state")));
            String shown = (String) student.driver()
                    .executeScript("return document.querySelector('vaadin-connection-indicator').reconnectingText");
            assertThat(shown).startsWith("Connection lost. Answers not marked “Saved” are not saved yet");
            assertThat(student.text("state-" + q.key())).isEqualTo("Not sent yet");
            assertThat(records.answers(teacher.actor(), session.id())).isEmpty();
            student.screenshot("lost-connection");

            network(student, false);
            student.waitForText("state-" + q.key(), "Correct");
            assertThat(records.answers(teacher.actor(), session.id())).hasSize(1);
        }
    }

    private static void network(Browser browser, boolean offline) {
        ChromiumNetworkConditions conditions = new ChromiumNetworkConditions();
        conditions.setOffline(offline);
        browser.driver().setNetworkConditions(conditions);
    }
}
