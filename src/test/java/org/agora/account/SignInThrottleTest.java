package org.agora.account;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.util.List;
import org.agora.AgoraTest;
import org.agora.Fixtures;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Issue 16, findings 2 and 7, over real HTTP: a student who types wrong passwords for the
 * teacher's name, from the same school address or from others, does not keep the teacher out of
 * her own browser; the student's own guessing stays at five per fifteen minutes; and a paused
 * attempt costs the log one short line at most. Each client speaks from an address of its own
 * in 127.0.28.0/24, kept apart from other tests' clients.
 */
class SignInThrottleTest extends AgoraTest {

    private static final String TEACHERS_PAGE = "/teacher";
    private static final String DEVICE_COOKIE = "agora-device";
    private static final String WRONG = "/login?error";
    private static final String PAUSED = "/login?paused";

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    @Test
    void a_strangers_wrong_passwords_do_not_stop_the_owner_signing_in_from_her_own_browser() throws Exception {
        String teacher = fixtures.account(Role.TEACHER).username();
        SignInClient owner = new SignInClient(port, "127.0.28.1");
        assertThat(owner.signIn(teacher, Fixtures.PASSWORD)).isEqualTo(TEACHERS_PAGE);
        owner.forget("JSESSIONID");

        SignInClient student = new SignInClient(port, "127.0.28.1");
        for (int i = 0; i < 5; i++) {
            assertThat(student.signIn(teacher, "guess number " + i)).isEqualTo(WRONG);
        }
        assertThat(student.signIn(teacher, Fixtures.PASSWORD))
                .as("the sixth attempt from the student's browser, right password or not")
                .isEqualTo(PAUSED);
        SignInClient sameStudentNewBrowser = new SignInClient(port, "127.0.28.1");
        assertThat(sameStudentNewBrowser.signIn(teacher, "guess number 6"))
                .as("a fresh browser at the same address")
                .isEqualTo(PAUSED);
        for (String elsewhere : List.of("127.0.28.2", "127.0.28.3")) {
            SignInClient stranger = new SignInClient(port, elsewhere);
            for (int i = 0; i < 5; i++) {
                assertThat(stranger.signIn(teacher, "guess " + elsewhere + " " + i))
                        .isEqualTo(WRONG);
            }
            assertThat(stranger.signIn(teacher, "one more")).isEqualTo(PAUSED);
        }

        assertThat(owner.signIn(teacher, Fixtures.PASSWORD))
                .as("the owner's browser, which signed in before, after fifteen strangers' failures")
                .isEqualTo(TEACHERS_PAGE);
    }

    @Test
    void a_device_cookie_for_another_name_or_a_forged_one_makes_no_one_the_owner() throws Exception {
        String teacher = fixtures.account(Role.TEACHER).username();
        String colleague = fixtures.account(Role.TEACHER).username();
        SignInClient student = new SignInClient(port, "127.0.28.4");
        assertThat(student.signIn(colleague, Fixtures.PASSWORD)).isEqualTo(TEACHERS_PAGE);
        String colleaguesCookie = student.cookie(DEVICE_COOKIE);
        for (int i = 0; i < 5; i++) {
            assertThat(student.signIn(teacher, "guess number " + i)).isEqualTo(WRONG);
        }
        assertThat(student.signIn(teacher, "guess number 5"))
                .as("with the colleague's own device cookie")
                .isEqualTo(PAUSED);
        String teachersName = java.util.Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString(teacher.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        student.setCookie(DEVICE_COOKIE, colleaguesCookie.replaceFirst("^[^.]+", teachersName));
        assertThat(student.signIn(teacher, "guess number 6"))
                .as("with that cookie altered to name the teacher")
                .isEqualTo(PAUSED);
    }

    @Test
    void twenty_paused_attempts_log_a_few_short_lines_with_no_stack_trace_name_or_password() throws Exception {
        String teacher = fixtures.account(Role.TEACHER).username();
        SignInClient script = new SignInClient(port, "127.0.28.5");
        for (int i = 0; i < 5; i++) {
            assertThat(script.signIn(teacher, "guess number " + i)).isEqualTo(WRONG);
        }
        ListAppender<ILoggingEvent> log = new ListAppender<>();
        Logger root = (Logger) LoggerFactory.getLogger(Logger.ROOT_LOGGER_NAME);
        log.start();
        root.addAppender(log);
        try {
            String token = script.csrfToken();
            for (int i = 0; i < 20; i++) {
                assertThat(script.signInWith(token, teacher, Fixtures.PASSWORD)).isEqualTo(PAUSED);
            }
        } finally {
            root.detachAppender(log);
            log.stop();
        }
        List<ILoggingEvent> lines = log.list.stream()
                .filter(e -> e.getLevel().isGreaterOrEqual(Level.INFO))
                .toList();
        assertThat(lines).as("lines logged for 20 paused attempts").hasSizeLessThanOrEqualTo(4);
        assertThat(lines).allSatisfy(line -> {
            assertThat(line.getThrowableProxy()).as("a stack trace").isNull();
            assertThat(line.getLevel()).isEqualTo(Level.WARN);
            assertThat(line.getFormattedMessage())
                    .hasSizeLessThan(200)
                    .doesNotContain(teacher)
                    .doesNotContain(Fixtures.PASSWORD)
                    .doesNotContain("127.0.28.5");
        });
    }
}
