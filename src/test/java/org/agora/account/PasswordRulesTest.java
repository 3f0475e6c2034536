package org.agora.account;

import static org.assertj.core.api.Assertions.assertThat;

import org.agora.AgoraTest;
import org.agora.Fixtures;
import org.agora.base.BadInputException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue 16, finding 10: only the length was checked, so "aaaaaaaaaa", a common password and the
 * username with a digit added were accepted. Each is refused where a password is set, saying why.
 */
class PasswordRulesTest extends AgoraTest {

    @Autowired
    AccountService accounts;

    @Autowired
    Fixtures fixtures;

    private static String refusal(Runnable setting) {
        try {
            setting.run();
        } catch (BadInputException refused) {
            assertThat(refused.field()).isEqualTo("password");
            return refused.key();
        }
        return "accepted";
    }

    @Test
    void weak_new_passwords_are_refused_with_the_reason_when_the_owner_changes_theirs() {
        Fixtures.Account teacher = fixtures.account(Role.TEACHER);
        String name = teacher.username();
        Actor owner = teacher.actor();

        assertThat(refusal(() -> accounts.changeOwnPassword(owner, Fixtures.PASSWORD, "aaaaaaaaaa")))
                .isEqualTo("account.password.repetitive");
        assertThat(refusal(() -> accounts.changeOwnPassword(owner, Fixtures.PASSWORD, "abababababab")))
                .isEqualTo("account.password.repetitive");
        assertThat(refusal(() -> accounts.changeOwnPassword(owner, Fixtures.PASSWORD, "qwertyuiop")))
                .isEqualTo("account.password.common");
        assertThat(refusal(() -> accounts.changeOwnPassword(owner, Fixtures.PASSWORD, "Password123")))
                .as("case does not help")
                .isEqualTo("account.password.common");
        assertThat(refusal(() -> accounts.changeOwnPassword(owner, Fixtures.PASSWORD, name.toUpperCase())))
                .isEqualTo("account.password.username");
        assertThat(refusal(() -> accounts.changeOwnPassword(owner, Fixtures.PASSWORD, name + "2026!")))
                .isEqualTo("account.password.username");
        assertThat(refusal(() -> accounts.changeOwnPassword(owner, Fixtures.PASSWORD, Fixtures.PASSWORD)))
                .as("a change back to the current password")
                .isEqualTo("account.password.same");

        assertThat(refusal(() -> accounts.changeOwnPassword(owner, Fixtures.PASSWORD, name + " rides a blue tram")))
                .as("the username inside a long enough password")
                .isEqualTo("accepted");
    }

    @Test
    void a_change_back_to_the_previous_password_is_refused_also_after_a_reset() {
        Fixtures.Account teacher = fixtures.account(Role.TEACHER);
        Actor owner = teacher.actor();
        accounts.changeOwnPassword(owner, Fixtures.PASSWORD, "a second long secret");

        assertThat(refusal(() -> accounts.changeOwnPassword(owner, "a second long secret", Fixtures.PASSWORD)))
                .isEqualTo("account.password.previous");

        String temporary = accounts.resetPassword(fixtures.admin(), owner.accountId());
        assertThat(refusal(() -> accounts.changeOwnPassword(owner, temporary, "a second long secret")))
                .as("the password before the reset")
                .isEqualTo("account.password.previous");
        assertThat(refusal(() -> accounts.changeOwnPassword(owner, temporary, "a third long secret")))
                .isEqualTo("accepted");
    }

    @Test
    void the_admin_cannot_give_a_new_account_a_common_password_or_its_username() {
        String name = "rules-" + System.nanoTime() % 1_000_000;

        assertThat(refusal(() -> accounts.create(fixtures.admin(), name, "New Teacher", "1234567890", Role.TEACHER)))
                .isEqualTo("account.password.common");
        assertThat(refusal(() -> accounts.create(fixtures.admin(), name, "New Teacher", name + "1", Role.TEACHER)))
                .isEqualTo("account.password.username");
        assertThat(refusal(() -> accounts.create(fixtures.admin(), name, "New Teacher", "zzzzzzzzzzzz", Role.TEACHER)))
                .isEqualTo("account.password.repetitive");
    }

    @Test
    void the_list_holds_the_long_common_passwords_and_temporary_passwords_pass_the_rules() {
        assertThat(PasswordRules.commonCount()).isBetween(1_000, 1_200);
        for (int i = 0; i < 200; i++) {
            PasswordRules.check(TemporaryPasswords.generate(), "admin");
        }
    }
}
