package org.agora.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.agora.AgoraTest;
import org.agora.Fixtures;
import org.agora.account.AccountService;
import org.agora.account.Role;
import org.agora.classroom.Feedback;
import org.agora.classroom.SessionSummary;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A teacher watches their class's dashboard in Chromium when an admin disables the account: the
 * screen leaves for the sign-in page by itself, and a download link rendered before answers no
 * more.
 */
class DisabledWhileWatchingJourneyTest extends AgoraTest {

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    @Autowired
    AccountService accounts;

    @Autowired
    JdbcTemplate jdbc;

    private Browser signedIn(Fixtures.Account teacher) throws Exception {
        Browser browser = new Browser("http://localhost:" + port + "/", 1280, 900);
        browser.signIn(teacher.username(), Fixtures.PASSWORD);
        browser.waitFor(By.id("new-session"));
        return browser;
    }

    @Test
    void the_open_dashboard_goes_to_the_sign_in_page_by_itself() throws Exception {
        Fixtures.Account teacher = fixtures.account(Role.TEACHER);
        SessionSummary session = fixtures.session(teacher.actor(), Feedback.IMMEDIATE, 1);
        try (Browser browser = signedIn(teacher)) {
            browser.open("teacher/sessions/" + session.id());
            browser.waitFor(By.id("session-code"));

            accounts.setEnabled(fixtures.admin(), teacher.actor().accountId(), false);

            browser.wait(d -> d.getCurrentUrl().endsWith("/login?disabled"));
            // The page is loaded afresh after the push: the form is looked up again until it says why.
            browser.wait(ExpectedConditions.textToBePresentInElementLocated(
                    By.tagName("vaadin-login-form"), "Your account has been disabled."));
            browser.open("teacher/sessions/" + session.id());
            browser.waitFor(By.tagName("vaadin-login-form"));
            assertThat(browser.driver().getCurrentUrl()).doesNotContain("/teacher/sessions/");
        }
    }

    @Test
    void a_csv_link_rendered_before_the_account_was_disabled_answers_no_more() throws Exception {
        Fixtures.Account teacher = fixtures.account(Role.TEACHER);
        SessionSummary session = fixtures.session(teacher.actor(), Feedback.IMMEDIATE, 1);
        try (Browser browser = signedIn(teacher)) {
            browser.open("teacher/sessions/" + session.id());
            String link = browser.waitFor(By.id("export-csv")).getAttribute("href");
            Cookie cookie = browser.driver().manage().getCookieNamed("JSESSIONID");
            HttpClient http = HttpClient.newHttpClient();
            HttpRequest download = HttpRequest.newBuilder(URI.create(link))
                    .header("Cookie", "JSESSIONID=" + cookie.getValue())
                    .build();
            assertThat(http.send(download, HttpResponse.BodyHandlers.ofString()).body())
                    .as("the link works while the account is enabled")
                    .contains("\"student\"");

            // Disabled where this node's screens do not hear of it (another node): the link stays rendered.
            jdbc.update(
                    "update account set enabled = false where id = ?",
                    teacher.actor().accountId());

            HttpResponse<String> after = http.send(download, HttpResponse.BodyHandlers.ofString());
            assertThat(after.statusCode()).as("status of the old link").isNotEqualTo(200);
            assertThat(after.body()).doesNotContain("\"student\"");
        }
    }

    @Test
    void a_page_load_after_the_account_was_disabled_ends_the_session_before_any_screen_is_drawn() throws Exception {
        Fixtures.Account teacher = fixtures.account(Role.TEACHER);
        try (Browser browser = signedIn(teacher)) {
            Cookie cookie = browser.driver().manage().getCookieNamed("JSESSIONID");
            HttpClient http = HttpClient.newHttpClient();
            HttpRequest page = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/teacher"))
                    .header("Cookie", "JSESSIONID=" + cookie.getValue())
                    .header("Accept", "text/html")
                    .build();
            assertThat(http.send(page, HttpResponse.BodyHandlers.ofString()).statusCode())
                    .as("the page loads while the account is enabled")
                    .isEqualTo(200);

            // Disabled where this node's screens do not hear of it: only the page load can tell.
            jdbc.update(
                    "update account set enabled = false where id = ?",
                    teacher.actor().accountId());

            HttpResponse<String> first = http.send(page, HttpResponse.BodyHandlers.ofString());
            assertThat(first.statusCode()).as("status of the first page load").isEqualTo(302);
            assertThat(first.headers().firstValue("Location").orElse(""))
                    .as("where it sends the browser")
                    .endsWith("/login?disabled");

            HttpResponse<String> second = http.send(page, HttpResponse.BodyHandlers.ofString());
            assertThat(second.headers().firstValue("Location").orElse(""))
                    .as("the session has ended: the old cookie is a stranger's, sent to the plain sign-in page")
                    .doesNotEndWith("/login?disabled");
        }
    }
}
