package org.agora.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.agora.AgoraTest;
import org.agora.Fixtures;
import org.agora.account.Role;
import org.agora.classroom.ClassSessionService;
import org.agora.lesson.LessonCatalog;
import org.agora.lesson.LessonContent;
import org.agora.lesson.LessonContent.QuestionContent;
import org.agora.lesson.LessonSummary;
import org.agora.lesson.QuestionType;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * An admin turns an article into a lesson in the browser: uploads it, renames a proposed
 * section, fixes the section's text in the editor, adds one question of every type (and is
 * told what is missing first), publishes; a teacher then starts a class with it.
 */
class AdminAuthorsLessonJourneyTest extends AgoraTest {

    private static final String ADMIN_PASSWORD = "admin-test-password";

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    @Autowired
    LessonCatalog catalog;

    @Autowired
    ClassSessionService sessions;

    private static void check(Browser browser, String id) {
        browser.click(id);
    }

    /** Chooses the checkbox or radio button the XPath finds by keyboard: Space on its input. */
    private static void clickAt(Browser browser, String xpath) {
        WebElement input = browser.wait(ExpectedConditions.presenceOfElementLocated(By.xpath(xpath + "//input")));
        input.sendKeys(Keys.SPACE);
        browser.wait(d -> Boolean.TRUE.equals(
                input.getDomProperty("checked") == null ? null : Boolean.valueOf(input.getDomProperty("checked"))));
    }

    @Test
    void an_admin_makes_a_lesson_from_an_article_and_a_teacher_runs_it() throws Exception {
        String title = "Flood wall " + (System.nanoTime() % 100000);
        Path article = Files.createTempFile("agora-article", ".html");
        try (var in = getClass().getResourceAsStream("/articles/news-site.html")) {
            Files.write(article, in.readAllBytes());
        }
        try (Browser browser = new Browser("http://localhost:" + port + "/", 1280, 900)) {
            StaffActions.signIn(browser, "admin", ADMIN_PASSWORD);
            browser.waitFor(By.id("new-session"));
            browser.open("admin/lessons");
            browser.click("new-from-article");
            StaffActions.upload(browser, "article-file", article);
            browser.waitFor(By.id("proposed-section-2"));
            assertThat(browser.waitFor(By.cssSelector("#proposed-title-1 input"))
                            .getDomProperty("value"))
                    .isEqualTo("Costs and doubts");
            assertThat(browser.text("proposal"))
                    .contains("Engineers say the design leaves gates")
                    .doesNotContain("Follow us", "Photo: Reuters", "Share this");
            assertThat(browser.waitFor(By.id("dropped")).getDomProperty("textContent"))
                    .contains("Follow us on social media", "Share this article");
            StaffActions.fill(browser, "proposal-title", title);
            StaffActions.fill(browser, "proposed-title-0", "The vote");
            browser.screenshot("article-proposal");
            browser.click("create-lesson");

            browser.waitFor(By.id("lesson-status"));
            assertThat(browser.text("lesson-status")).contains("Revision 1 is a draft");
            // Fix the first section: a clearer sentence, with emphasis, and a list.
            StaffActions.fill(
                    browser,
                    "text-s1",
                    "The council of a small river town *approved* a concrete flood wall on "
                            + "Tuesday. The vote was close.\n\nResidents had asked for protection since the floods of 2019."
                            + "\n\n- Two hundred homes were damaged.\n- Shops stood under water for a week.");
            StaffActions.addQuestion(browser, "s1", "Choose one");
            StaffActions.addQuestion(browser, "s1", "Choose all that apply");
            StaffActions.addQuestion(browser, "s1", "True or false");
            StaffActions.addQuestion(browser, "s1", "Short answer");
            StaffActions.addQuestion(browser, "s1", "Put in order");
            StaffActions.addQuestion(browser, "s1", "Find the evidence");
            StaffActions.addQuestion(browser, "s1", "Debate");
            browser.waitFor(By.id("question-editor-s1-q7"));

            StaffActions.fill(browser, "prompt-s1-q1", "When did the council vote?");
            StaffActions.fill(browser, "option-s1-q1-1", "On Monday");
            StaffActions.fill(browser, "option-s1-q1-2", "On Tuesday");
            StaffActions.fill(browser, "option-s1-q1-3", "On Friday");
            StaffActions.fill(browser, "explanation-s1-q1", "The first sentence says Tuesday.");

            // Publishing now is refused, and the problem is named on its field.
            browser.click("publish-lesson");
            browser.wait(ExpectedConditions.visibilityOfElementLocated(By.id("problem-options-s1-q1")));
            assertThat(browser.text("problem-options-s1-q1")).isEqualTo("Mark exactly one option as the right one.");
            assertThat(browser.text("editor-problems")).startsWith("The lesson was not saved:");
            browser.screenshot("editor-problems");

            check(browser, "option-s1-q1-2-right");
            browser.driver()
                    .executeScript("document.getElementById('option-s1-q1-2-right').scrollIntoView({block: 'center'})");
            browser.screenshot("editor-one-right");
            StaffActions.fill(browser, "prompt-s1-q2", "What did residents worry about?");
            StaffActions.fill(browser, "option-s1-q2-1", "Floods");
            StaffActions.fill(browser, "option-s1-q2-2", "Damaged homes");
            StaffActions.fill(browser, "option-s1-q2-3", "Traffic");
            check(browser, "option-s1-q2-1-right");
            check(browser, "option-s1-q2-2-right");
            StaffActions.fill(browser, "explanation-s1-q2", "The second paragraph and the list.");
            StaffActions.fill(browser, "prompt-s1-q3", "The vote was close.");
            clickAt(browser, "//*[@id='answer-s1-q3']//vaadin-radio-button[normalize-space(.)='True']");
            StaffActions.fill(browser, "explanation-s1-q3", "The text says the vote was close.");
            StaffActions.fill(browser, "prompt-s1-q4", "In which year were the floods?");
            StaffActions.fill(browser, "accepted-s1-q4", "2019");
            StaffActions.fill(browser, "explanation-s1-q4", "The floods of 2019.");
            StaffActions.fill(browser, "prompt-s1-q5", "Put these in the order they happened.");
            StaffActions.fill(browser, "option-s1-q5-1", "The floods");
            StaffActions.fill(browser, "option-s1-q5-2", "Residents ask for protection");
            StaffActions.fill(browser, "option-s1-q5-3", "The council votes");
            StaffActions.fill(browser, "explanation-s1-q5", "Floods first, then the requests, then the vote.");
            StaffActions.fill(browser, "prompt-s1-q6", "Which sentence shows the vote was not easy?");
            clickAt(browser, "//*[@id='sentences-s1-q6']//vaadin-checkbox[normalize-space(.)='The vote was close.']");
            StaffActions.fill(browser, "explanation-s1-q6", "A close vote is not an easy one.");
            StaffActions.fill(browser, "prompt-s1-q7", "Should towns build walls against rivers?");
            // The ordering question's items, reordered by keyboard: the last one up once; the focus stays
            // on its button, so Tab reaches its "down" button, and Enter moves it back.
            browser.click("option-s1-q5-3-up");
            browser.wait(d -> d.findElements(By.cssSelector("#items-s1-q5 vaadin-text-field"))
                    .get(1)
                    .getAttribute("id")
                    .equals("option-s1-q5-3"));
            browser.wait(
                    d -> "option-s1-q5-3-up".equals(d.switchTo().activeElement().getAttribute("id")));
            browser.driver().switchTo().activeElement().sendKeys(Keys.TAB);
            browser.wait(d ->
                    "option-s1-q5-3-down".equals(d.switchTo().activeElement().getAttribute("id")));
            browser.driver().switchTo().activeElement().sendKeys(Keys.ENTER);
            browser.wait(d -> d.findElements(By.cssSelector("#items-s1-q5 vaadin-text-field"))
                    .get(1)
                    .getAttribute("id")
                    .equals("option-s1-q5-2"));

            // Sections are also reordered by drag and drop: "What comes next", by its handle, dropped on
            // the header of "Costs and doubts".
            browser.driver()
                    .executeScript("const source = document.getElementById('move-s3-drag');"
                            + " const target = document.querySelector('#section-editor-s2 > .agora-editor-row-header');"
                            + " const data = new DataTransfer();"
                            + " const fire = (el, type) => el.dispatchEvent(new DragEvent(type,"
                            + "     {bubbles: true, cancelable: true, composed: true, dataTransfer: data}));"
                            + " fire(source, 'dragstart'); fire(target, 'dragenter'); fire(target, 'dragover');"
                            + " fire(target, 'drop'); fire(source, 'dragend');");
            browser.wait(d -> d.findElements(By.cssSelector("#sections > div")).stream()
                    .map(e -> e.getAttribute("id"))
                    .toList()
                    .equals(List.of("section-editor-s1", "section-editor-s3", "section-editor-s2")));

            browser.click("preview-lesson");
            browser.waitFor(By.id("lesson-preview"));
            assertThat(browser.driver().findElements(By.cssSelector("#lesson-preview em")))
                    .extracting(WebElement::getText)
                    .contains("approved");
            assertThat(browser.driver().findElements(By.cssSelector("#lesson-preview ul li")))
                    .extracting(WebElement::getText)
                    .contains("Two hundred homes were damaged.");
            browser.screenshot("editor-preview");
            browser.click("close-preview");

            browser.click("publish-lesson");
            browser.wait(
                    d -> String.valueOf(d.findElement(By.id("lesson-status")).getDomProperty("textContent"))
                            .startsWith("Revision 1 is published"));
            browser.driver().executeScript("window.scrollTo(0, 0)");
            browser.screenshot("editor");

            // An unsaved change asks before leaving.
            StaffActions.fill(browser, "lesson-level", "Year 9");
            browser.click("back-to-lessons");
            browser.wait(d -> String.valueOf(d.findElement(By.tagName("body")).getDomProperty("textContent"))
                    .contains("Leave without saving?"));
            browser.screenshot("editor-leave");
            assertThat(browser.driver().getCurrentUrl()).endsWith("/edit");
        } finally {
            Files.deleteIfExists(article);
        }

        LessonSummary published = catalog.publishedLessons().stream()
                .filter(l -> l.title().equals(title))
                .findFirst()
                .orElseThrow();
        LessonContent content = catalog.content(published.revisionId());
        assertThat(content.sections())
                .extracting(LessonContent.SectionContent::title)
                .containsExactly("The vote", "What comes next", "Costs and doubts");
        assertThat(content.sections().get(0).questions())
                .extracting(QuestionContent::type)
                .containsExactly(
                        QuestionType.SINGLE_CHOICE,
                        QuestionType.MULTIPLE_CHOICE,
                        QuestionType.TRUE_FALSE,
                        QuestionType.SHORT_TEXT,
                        QuestionType.ORDERING,
                        QuestionType.EVIDENCE,
                        QuestionType.DEBATE);
        assertThat(content.sections().get(0).questions().get(4).options())
                .extracting(o -> o.text())
                .containsExactly("The floods", "Residents ask for protection", "The council votes");
        String closeKey = content.sections()
                .get(0)
                .sentences()
                .filter(s -> s.text().equals("The vote was close."))
                .findFirst()
                .orElseThrow()
                .key();
        assertThat(content.sections().get(0).questions().get(5).evidenceSentenceKeys())
                .containsExactly(closeKey);
        assertThat(content.sections().get(0).questions().get(0).options())
                .extracting(o -> o.correct())
                .containsExactly(false, true, false);

        Fixtures.Account teacher = fixtures.account(Role.TEACHER);
        try (Browser browser = new Browser("http://localhost:" + port + "/", 1280, 900)) {
            StaffActions.signIn(browser, teacher.username(), Fixtures.PASSWORD);
            browser.click("new-session");
            browser.choose("session-lesson", title);
            browser.type("session-title", "Flood class");
            browser.click("create-session");
            browser.waitFor(By.id("progress-grid"));
            String code = browser.text("session-code");
            // A student reads the section with its formatting: emphasis and a list, rendered safely.
            try (Browser student = new Browser("http://localhost:" + port + "/", 1280, 900)) {
                student.open("join/" + code);
                student.type("display-name", "Noor");
                student.click("join");
                student.waitForText("section-title", "Waiting for your teacher");
                browser.click("open-next-section");
                student.waitForText("section-title", "The vote");
                assertThat(student.driver().findElements(By.cssSelector("[data-sentence] em")))
                        .extracting(WebElement::getText)
                        .containsExactly("approved");
                assertThat(student.driver().findElements(By.cssSelector("ul > li [data-sentence]")))
                        .extracting(WebElement::getText)
                        .containsExactly("Two hundred homes were damaged.", "Shops stood under water for a week.");
                student.waitFor(By.id("question-s1-q7"));
                student.screenshot("student-authored-lesson");
            }
        }
        assertThat(sessions.list(teacher.actor(), 0, 10))
                .anyMatch(s ->
                        s.revisionId() == published.revisionId() && s.title().equals("Flood class"));
        assertThat(List.of(published.revisionNumber())).containsExactly(1);
    }
}
