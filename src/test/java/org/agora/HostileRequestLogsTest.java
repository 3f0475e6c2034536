package org.agora;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * What a hostile client sends over loopback leaves one short line in the log, not a stack per
 * request, and neither its address nor what it put in a cookie.
 */
class HostileRequestLogsTest extends AgoraTest {

    private static final String COOKIE_SECRET = "Quokka-7fq2";
    private static final String TOMCAT_COOKIE = "org.apache.tomcat.util.http.parser.Cookie";

    @LocalServerPort
    int port;

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final ListAppender<ILoggingEvent> log = new ListAppender<>();
    /** Held so that the level set on it is not lost to garbage collection during the test. */
    private java.util.logging.Logger tomcatCookieJul;

    private java.util.logging.Level julLevel;
    private Level cookieLevel;

    @BeforeEach
    void captureTheLogWithTomcatsCookieParserAtItsMostVerbose() {
        log.start();
        ((Logger) LoggerFactory.getLogger(Logger.ROOT_LOGGER_NAME)).addAppender(log);
        tomcatCookieJul = java.util.logging.Logger.getLogger(TOMCAT_COOKIE);
        julLevel = tomcatCookieJul.getLevel();
        tomcatCookieJul.setLevel(java.util.logging.Level.ALL);
        Logger cookie = (Logger) LoggerFactory.getLogger(TOMCAT_COOKIE);
        cookieLevel = cookie.getLevel();
        cookie.setLevel(Level.ALL);
    }

    @AfterEach
    void stopCapturing() {
        tomcatCookieJul.setLevel(julLevel);
        ((Logger) LoggerFactory.getLogger(TOMCAT_COOKIE)).setLevel(cookieLevel);
        ((Logger) LoggerFactory.getLogger(Logger.ROOT_LOGGER_NAME)).detachAppender(log);
        log.stop();
    }

    /** A start page's UI: its session cookie, UI id and security key. */
    private record Page(String cookie, int uiId, String securityKey) {}

    private Page open() throws Exception {
        HttpResponse<String> init = http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/?v-r=init&location="))
                        .timeout(Duration.ofSeconds(20))
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        String cookie = init.headers().firstValue("set-cookie").orElseThrow().split(";")[0];
        JsonNode config = new ObjectMapper().readTree(init.body()).path("appConfig");
        return new Page(
                cookie,
                config.path("v-uiId").asInt(),
                config.path("uidl").path("Vaadin-Security-Key").asText());
    }

    private void post(Page page, String body) throws Exception {
        http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/?v-r=uidl&v-uiId=" + page.uiId()))
                        .timeout(Duration.ofSeconds(20))
                        .header("Cookie", page.cookie())
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.discarding());
    }

    private List<ILoggingEvent> events() {
        return List.copyOf(log.list);
    }

    @Test
    void twenty_malformed_messages_leave_a_few_one_line_entries_without_a_stack() throws Exception {
        Page page = open();
        for (int i = 0; i < 20; i++) {
            post(page, i % 2 == 0 ? "{{{ not json" : "{\"csrfToken\":\"" + page.securityKey() + "\",\"rpc\":\"x\"}");
        }
        List<ILoggingEvent> lines = events().stream()
                .filter(e -> e.getFormattedMessage().contains("malformed"))
                .toList();
        assertThat(lines).isNotEmpty().hasSizeLessThanOrEqualTo(3);
        assertThat(events()).as("no stack for a client's bad message").allMatch(e -> e.getThrowableProxy() == null);
        assertThat(lines).allMatch(e -> !e.getFormattedMessage().contains("\n"));
    }

    @Test
    void a_forged_security_key_is_logged_without_the_clients_address() throws Exception {
        Page page = open();
        post(page, "{\"csrfToken\":\"forged\",\"rpc\":[],\"syncId\":0,\"clientId\":0}");
        assertThat(events())
                .anyMatch(e -> e.getFormattedMessage().contains("invalid security key"))
                .noneMatch(e -> e.getFormattedMessage().contains("127.0.0.1")
                        || e.getFormattedMessage().contains("localhost"));
    }

    @Test
    void an_invalid_cookie_is_logged_without_the_cookie_header() throws Exception {
        http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                        .timeout(Duration.ofSeconds(20))
                        .header("Cookie", "note=\"" + COOKIE_SECRET + ", ; x\"")
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.discarding());
        assertThat(events())
                .anyMatch(e -> e.getFormattedMessage().contains("invalid cookie"))
                .noneMatch(e -> e.getFormattedMessage().contains(COOKIE_SECRET));
    }
}
