package org.agora.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import org.agora.AgoraTest;
import org.agora.Fixtures;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Signing in to a disabled account: the owner, who knows the password, is told it is disabled;
 * anyone else gets the same answer as for a wrong password or an unknown name.
 */
class DisabledSignInTest extends AgoraTest {

    @LocalServerPort
    int port;

    @Autowired
    AccountService accounts;

    @Autowired
    Fixtures fixtures;

    /** Posts the sign-in form as a new browser would and returns the query of where the server sends it. */
    private String signIn(String username, String password) throws Exception {
        String location = new SignInClient(port, "127.0.28.30").signIn(username, password);
        return URI.create(location).getRawQuery();
    }

    @Test
    void the_right_password_of_a_disabled_account_is_told_so_a_wrong_one_only_that_it_is_wrong() throws Exception {
        Fixtures.Account teacher = fixtures.account(org.agora.account.Role.TEACHER);
        accounts.setEnabled(fixtures.admin(), teacher.actor().accountId(), false);

        assertThat(signIn(teacher.username(), Fixtures.PASSWORD)).isEqualTo("disabled");
        assertThat(signIn(teacher.username(), "not the password")).isEqualTo("error");
        assertThat(signIn("nobody-" + System.nanoTime() % 100000, "not the password"))
                .isEqualTo("error");
    }

    @Test
    void wrong_passwords_for_a_disabled_account_pause_its_name_as_for_any_other() throws Exception {
        Fixtures.Account teacher = fixtures.account(org.agora.account.Role.TEACHER);
        accounts.setEnabled(fixtures.admin(), teacher.actor().accountId(), false);

        for (int i = 0; i < LoginThrottle.PER_NAME_AND_ADDRESS; i++) {
            assertThat(signIn(teacher.username(), "guess number " + i)).isEqualTo("error");
        }
        assertThat(signIn(teacher.username(), Fixtures.PASSWORD))
                .as("paused: not even the right password is checked")
                .isEqualTo("paused");
    }
}
