package org.agora.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.agora.AgoraTest;
import org.agora.Fixtures;
import org.agora.account.Role;
import org.agora.lesson.LessonCatalog;
import org.agora.lesson.LessonContent;
import org.agora.lesson.LessonContent.QuestionContent;
import org.agora.lesson.LessonContent.SectionContent;
import org.agora.lesson.LessonSummary;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * An admin imports a news page: the proposal has the page's source and its sentences whole
 * ("Mr. Okafor said..."); the admin deletes an advertisement, puts back a quote the importer
 * left out, creates the lesson, adds an evidence question on the "Mr." sentence and publishes;
 * a student of a class on it picks that sentence and is told it is right.
 */
class ArticleImportJourneyTest extends AgoraTest {

    private static final String ADMIN_PASSWORD = "admin-test-password";
    private static final String MR_SENTENCE = "Mr. Okafor said the bridge would open in May.";
    private static final String QUOTE =
            "\"We have waited fifty years for this bridge,\" said a baker on the river road.";
    private static final String ADVERTISEMENT =
            "Advertisement: visit the Millbrook garden centre this weekend for half-price roses.";

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    @Autowired
    LessonCatalog catalog;

    private static String value(Browser browser, String id) {
        return browser.waitFor(By.cssSelector("#" + id + " input")).getDomProperty("value");
    }

    private static String proposalText(Browser browser) {
        return String.valueOf(browser.waitFor(By.id("proposed-section-0")).getDomProperty("textContent"))
                + browser.waitFor(By.id("proposed-section-1")).getDomProperty("textContent");
    }

    @Test
    void an_admin_cleans_an_imported_page_and_a_student_cites_a_sentence_with_mr_in_it() throws Exception {
        String title = "Millbrook bridge " + (System.nanoTime() % 100000);
        Path page = Files.createTempFile("agora-page", ".html");
        try (var in = getClass().getResourceAsStream("/articles/pages/bridge.html")) {
            Files.write(page, in.readAllBytes());
        }
        try (Browser admin = new Browser("http://localhost:" + port + "/", 1280, 900)) {
            StaffActions.signIn(admin, "admin", ADMIN_PASSWORD);
            admin.waitFor(By.id("new-session"));
            admin.open("admin/lessons/new");
            StaffActions.upload(admin, "article-file", page);
            admin.waitFor(By.id("proposed-section-1"));
            assertThat(value(admin, "proposal-title")).isEqualTo("A new bridge for Millbrook");
            assertThat(value(admin, "proposal-author")).isEqualTo("Hana Kovač");
            assertThat(value(admin, "proposal-publication")).isEqualTo("The Valley Courier");
            assertThat(value(admin, "proposal-address")).isEqualTo("https://courier.example/news/millbrook-bridge");
            assertThat(proposalText(admin))
                    .contains(MR_SENTENCE, ADVERTISEMENT)
                    .doesNotContain("Share this article", "Millbrook fair", QUOTE);

            // The advertisement is the second paragraph of the second section.
            admin.click("delete-1-1");
            admin.wait(d -> !proposalText(admin).contains(ADVERTISEMENT));
            WebElement leftOut = admin.wait(ExpectedConditions.presenceOfElementLocated(By.id("dropped")));
            WebElement summary = leftOut.findElement(By.cssSelector("vaadin-details-summary"));
            admin.driver().executeScript("arguments[0].scrollIntoView({block: 'center'})", summary);
            summary.click();
            admin.wait(d -> "true".equals(String.valueOf(leftOut.getDomProperty("opened"))));
            assertThat(String.valueOf(leftOut.getDomProperty("textContent"))).contains(ADVERTISEMENT, QUOTE);
            WebElement putBack =
                    admin.waitFor(By.xpath("//li[contains(@class,'agora-left-out')][span[normalize-space(.)="
                            + xpath(QUOTE) + "]]" + "//vaadin-button"));
            admin.driver().executeScript("arguments[0].scrollIntoView({block: 'center'})", putBack);
            putBack.click();
            admin.wait(d -> proposalText(admin).contains(QUOTE));
            admin.screenshot("article-proposal-cleaned");
            StaffActions.fill(admin, "proposal-title", title);
            admin.click("create-lesson");

            admin.waitFor(By.id("lesson-status"));
            // A GIFT bank is shown before it joins a section, and one click takes it out again.
            Path bank = Files.createTempFile("agora-bank", ".gift");
            Files.writeString(bank, "::b1:: The bridge is new. {FALSE}\n\n::b2:: Match. {=a -> b =c -> d}\n");
            WebElement giftDetails = admin.wait(ExpectedConditions.presenceOfElementLocated(By.id("gift-details-s2")));
            WebElement giftSummary = giftDetails.findElement(By.cssSelector("vaadin-details-summary"));
            admin.driver().executeScript("arguments[0].scrollIntoView({block: 'center'})", giftSummary);
            giftSummary.click();
            StaffActions.upload(admin, "gift-s2", bank);
            admin.waitFor(By.id("gift-preview-s2"));
            assertThat(admin.text("gift-preview-s2")).contains("True or false: The bridge is new.");
            admin.screenshot("gift-import-preview");
            admin.click("gift-add-s2");
            admin.waitFor(By.id("prompt-s2-q1"));
            admin.click("gift-undo-s2");
            admin.wait(d -> d.findElements(By.id("prompt-s2-q1")).isEmpty());
            Files.deleteIfExists(bank);
            StaffActions.addQuestion(admin, "s1", "Find the evidence");
            StaffActions.fill(admin, "prompt-s1-q1", "Which sentence says when the bridge opens?");
            WebElement sentence = admin.wait(ExpectedConditions.presenceOfElementLocated(
                    By.xpath("//*[@id='sentences-s1-q1']//vaadin-checkbox[normalize-space(.)=" + xpath(MR_SENTENCE)
                            + "]//input")));
            sentence.sendKeys(Keys.SPACE);
            StaffActions.fill(admin, "explanation-s1-q1", "Mr. Okafor gives the month.");
            admin.click("publish-lesson");
            admin.wait(d -> String.valueOf(d.findElement(By.id("lesson-status")).getDomProperty("textContent"))
                    .startsWith("Revision 1 is published"));
        } finally {
            Files.deleteIfExists(page);
        }

        LessonSummary published = catalog.publishedLessons().stream()
                .filter(l -> l.title().equals(title))
                .findFirst()
                .orElseThrow();
        LessonContent content = catalog.content(published.revisionId());
        assertThat(content.source().publication()).isEqualTo("The Valley Courier");
        SectionContent first = content.sections().get(0);
        QuestionContent evidence = first.questions().get(0);
        assertThat(first.sentences()
                        .filter(s ->
                                s.key().equals(evidence.evidenceSentenceKeys().get(0))))
                .extracting(LessonContent.SentenceContent::text)
                .containsExactly(MR_SENTENCE);
        assertThat(content.sections().get(1).sentences().map(LessonContent.SentenceContent::text))
                .contains(QUOTE)
                .doesNotContain(ADVERTISEMENT);

        Fixtures.Account teacher = fixtures.account(Role.TEACHER);
        try (Browser browser = new Browser("http://localhost:" + port + "/", 1280, 900);
                Browser student = new Browser("http://localhost:" + port + "/", 390, 844)) {
            StaffActions.signIn(browser, teacher.username(), Fixtures.PASSWORD);
            browser.click("new-session");
            browser.choose("session-lesson", title);
            browser.type("session-title", "Bridge class");
            browser.click("create-session");
            browser.waitFor(By.id("progress-grid"));
            String code = browser.text("session-code");
            student.open("join/" + code);
            student.type("display-name", "Ama");
            student.click("join");
            student.waitForText("section-title", "Waiting for your teacher");
            browser.click("open-next-section");
            student.waitForText("section-title", first.title());
            StudentActions.answer(student, evidence, first);
            student.click("send-" + evidence.key());
            student.waitForText("state-" + evidence.key(), "Correct");
            student.screenshot("student-cites-mr-sentence");
        }
    }

    private static String xpath(String text) {
        return text.contains("\"") ? "'" + text + "'" : "\"" + text + "\"";
    }
}
