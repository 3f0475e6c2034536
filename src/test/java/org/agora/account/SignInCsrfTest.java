package org.agora.account;

import static org.assertj.core.api.Assertions.assertThat;

import org.agora.AgoraTest;
import org.agora.Fixtures;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Issue 16, finding 3 (login CSRF): a page on another site can post the sign-in form with an
 * account of its choosing, but without the token of the browser's own sign-in page, so it signs
 * nobody in; the sign-in page's form, with its token, does.
 */
class SignInCsrfTest extends AgoraTest {

    private static final String DEVICE_COOKIE = "agora-device";

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    @Test
    void the_sign_in_form_without_its_csrf_token_signs_nobody_in() throws Exception {
        String attackers = fixtures.account(Role.TEACHER).username();
        SignInClient victim = new SignInClient(port, "127.0.28.20");

        SignInClient.Reply forged = victim.postWithoutToken(attackers, Fixtures.PASSWORD);

        assertThat(forged.status()).isEqualTo(302);
        assertThat(forged.location()).isEqualTo("/login?expired");
        assertThat(victim.hasCookie(DEVICE_COOKIE)).as("no sign-in happened").isFalse();
    }

    @Test
    void the_token_of_another_browsers_page_does_not_do_either() throws Exception {
        String attackers = fixtures.account(Role.TEACHER).username();
        String attackersToken = new SignInClient(port, "127.0.28.21").csrfToken();
        SignInClient victim = new SignInClient(port, "127.0.28.22");
        victim.csrfToken();

        assertThat(victim.signInWith(attackersToken, attackers, Fixtures.PASSWORD))
                .isEqualTo("/login?expired");
    }

    @Test
    void the_sign_in_page_carries_its_token_and_its_form_signs_in() throws Exception {
        String teacher = fixtures.account(Role.TEACHER).username();
        SignInClient browser = new SignInClient(port, "127.0.28.23");

        assertThat(browser.signIn(teacher, Fixtures.PASSWORD)).isEqualTo("/teacher");
    }
}
