package org.agora.journey;

import static org.assertj.core.api.Assertions.assertThat;

import org.agora.AgoraTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * An admin creates a teacher account in the browser; the teacher signs in with it, replaces the
 * password the admin chose and lands on their sessions.
 */
class AdminCreatesTeacherJourneyTest extends AgoraTest {

    /** The test profile's admin password, after its first sign-in (TestAdminSignedInOnce). */
    private static final String ADMIN_PASSWORD = "admin-test-password";

    @LocalServerPort
    int port;

    @Test
    void a_teacher_created_by_the_admin_can_sign_in_and_sign_out() throws Exception {
        String username = "teacher." + (System.nanoTime() % 100000);
        try (Browser browser = new Browser("http://localhost:" + port + "/", 1280, 900)) {
            browser.signIn("admin", ADMIN_PASSWORD);
            browser.waitFor(By.id("new-session"));
            browser.open("admin/accounts");
            browser.type("new-username", username);
            browser.type("new-display-name", "Ms Okafor");
            browser.type("new-password", "a long enough password");
            browser.click("create-account");
            browser.wait(
                    d -> d.findElement(By.tagName("body")).getText().contains("Account “" + username + "” created."));
            browser.screenshot("admin-accounts");
            browser.click("sign-out");
            browser.waitFor(By.id("join-code"));

            browser.signIn(username, "a long enough password");
            browser.replaceGivenPassword("a long enough password", "the teacher's own password");
            assertThat(browser.driver().getCurrentUrl()).endsWith("/teacher");
            assertThat(browser.driver().findElement(By.tagName("body")).getText())
                    .contains(username)
                    .doesNotContain("Accounts");
        }
    }

    @Test
    void five_wrong_sign_ins_pause_that_browser_even_for_a_right_password_and_say_so() throws Exception {
        String stranger = "nobody." + (System.nanoTime() % 100000);
        try (Browser guesser = new Browser("http://localhost:" + port + "/", 1280, 900);
                Browser colleague = new Browser("http://localhost:" + port + "/", 1280, 900)) {
            for (int i = 0; i < 5; i++) {
                guesser.signIn(stranger, "guess number " + i);
                guesser.wait(d -> d.getCurrentUrl().endsWith("/login?error"));
            }
            guesser.signIn("admin", ADMIN_PASSWORD);
            guesser.wait(d -> d.getCurrentUrl().endsWith("/login?paused"));
            assertThat(guesser.waitFor(By.tagName("vaadin-login-form")).getText())
                    .contains("Sign-in is paused for a while")
                    .contains("your password was not checked");

            colleague.signIn("admin", ADMIN_PASSWORD);
            colleague.waitFor(By.id("new-session"));
        }
    }

    @org.springframework.beans.factory.annotation.Autowired
    org.agora.lesson.LessonExporter exporter;

    @org.springframework.beans.factory.annotation.Autowired
    org.agora.Fixtures fixtures;

    @org.springframework.beans.factory.annotation.Autowired
    org.agora.lesson.LessonCatalog catalog;

    @Test
    void the_admin_imports_a_lesson_file_in_the_browser_and_it_is_published() throws Exception {
        String slug = "import-" + (System.nanoTime() % 100000);
        String json = new String(
                        exporter.json(fixtures.admin(), fixtures.bundledRevision()),
                        java.nio.charset.StandardCharsets.UTF_8)
                .replace("\"slug\" : \"kazakhstan-syria\"", "\"slug\" : \"" + slug + "\"");
        java.nio.file.Path file = java.nio.file.Files.createTempFile("agora-lesson", ".json");
        java.nio.file.Files.writeString(file, json);
        try (Browser browser = new Browser("http://localhost:" + port + "/", 1280, 900)) {
            browser.signIn("admin", ADMIN_PASSWORD);
            browser.waitFor(By.id("new-session"));
            browser.open("admin/lessons");
            browser.waitFor(By.id("lesson-list"));
            // vaadin-upload keeps its file input in its shadow root.
            browser.driver()
                    .findElement(By.id("import-lesson"))
                    .getShadowRoot()
                    .findElement(By.cssSelector("input[type=file]"))
                    .sendKeys(file.toAbsolutePath().toString());
            browser.wait(d -> d.findElement(By.id("import-result")).getText().startsWith("Imported"));
            browser.waitFor(By.id("export-" + slug));
            browser.screenshot("admin-lessons");
        } finally {
            java.nio.file.Files.deleteIfExists(file);
        }
        assertThat(catalog.publishedLessons()).anyMatch(l -> l.slug().equals(slug));
    }
}
