package org.agora.journey;

import static org.assertj.core.api.Assertions.assertThat;

import org.agora.AgoraTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.springframework.boot.test.web.server.LocalServerPort;

/** An admin creates a teacher account in the browser; the teacher signs in with it and lands on their sessions. */
class AdminCreatesTeacherJourneyTest extends AgoraTest {

    /** The test profile's admin password (application-test.properties). */
    private static final String ADMIN_PASSWORD = "admin-test-password";

    @LocalServerPort
    int port;

    private static void signIn(Browser browser, String username, String password) {
        browser.open("login");
        browser.type("vaadinLoginUsername", username);
        browser.type("vaadinLoginPassword", password);
        browser.driver().findElement(By.cssSelector("#vaadinLoginPassword input")).sendKeys(Keys.ENTER);
    }

    @Test
    void a_teacher_created_by_the_admin_can_sign_in_and_sign_out() throws Exception {
        String username = "teacher." + (System.nanoTime() % 100000);
        try (Browser browser = new Browser("http://localhost:" + port + "/", 1280, 900)) {
            signIn(browser, "admin", ADMIN_PASSWORD);
            browser.waitFor(By.id("new-session"));
            browser.open("admin/accounts");
            browser.type("new-username", username);
            browser.type("new-display-name", "Ms Okafor");
            browser.type("new-password", "a long enough password");
            browser.click("create-account");
            browser.wait(d -> d.findElement(By.tagName("body")).getText()
                    .contains("Account “" + username + "” created."));
            browser.screenshot("admin-accounts");
            browser.click("sign-out");
            browser.waitFor(By.id("join-code"));

            signIn(browser, username, "a long enough password");
            browser.waitFor(By.id("new-session"));
            assertThat(browser.driver().getCurrentUrl()).endsWith("/teacher");
            assertThat(browser.driver().findElement(By.tagName("body")).getText()).contains(username)
                    .doesNotContain("Accounts");
        }
    }
}
