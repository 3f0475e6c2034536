package org.agora.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.agora.AgoraTest;
import org.agora.Fixtures;
import org.agora.base.BadInputException;
import org.agora.base.NotAllowedException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;

class AccountAdministrationTest extends AgoraTest {

    @Autowired
    AccountService accounts;

    @Autowired
    AccountRepository rows;

    @Autowired
    AccountUserDetailsService signIn;

    @Autowired
    AuditLog audit;

    @Autowired
    PasswordEncoder encoder;

    @Autowired
    Fixtures fixtures;

    @Test
    void a_disabled_account_cannot_sign_in_until_enabled_again_and_the_log_says_who_did_it() {
        Actor admin = fixtures.admin();
        Fixtures.Account teacher = fixtures.account(Role.TEACHER);

        accounts.setEnabled(admin, teacher.actor().accountId(), false);
        assertThat(signIn.loadUserByUsername(teacher.username()).isEnabled()).isFalse();
        accounts.setEnabled(admin, teacher.actor().accountId(), true);
        assertThat(signIn.loadUserByUsername(teacher.username()).isEnabled()).isTrue();

        assertThat(audit.list(admin, 0, 5))
                .extracting(AuditEntry::action, AuditEntry::target)
                .startsWith(
                        org.assertj.core.groups.Tuple.tuple(AuditAction.ACCOUNT_ENABLED, teacher.username()),
                        org.assertj.core.groups.Tuple.tuple(AuditAction.ACCOUNT_DISABLED, teacher.username()));
        assertThat(audit.list(admin, 0, 1).get(0).actor()).isEqualTo("admin");
    }

    @Test
    void an_admin_cannot_lock_themselves_or_the_last_admin_out_and_a_teacher_cannot_manage() {
        Actor admin = fixtures.admin();
        assertThatThrownBy(() -> accounts.setEnabled(admin, admin.accountId(), false))
                .isInstanceOf(BadInputException.class)
                .hasMessage("You cannot disable your own account.");
        Fixtures.Account other = fixtures.account(Role.ADMIN);
        long enabledAdmins = rows.countByRoleAndEnabledTrue(Role.ADMIN);
        assertThat(enabledAdmins).isGreaterThanOrEqualTo(2);
        Fixtures.Account teacher = fixtures.account(Role.TEACHER);
        assertThatThrownBy(
                        () -> accounts.setEnabled(teacher.actor(), other.actor().accountId(), false))
                .isInstanceOf(NotAllowedException.class);
        assertThatThrownBy(() ->
                        accounts.resetPassword(teacher.actor(), other.actor().accountId()))
                .isInstanceOf(NotAllowedException.class);
        assertThatThrownBy(() -> audit.list(teacher.actor(), 0, 10)).isInstanceOf(NotAllowedException.class);
        assertThat(rows.findById(other.actor().accountId()).orElseThrow().isEnabled())
                .isTrue();
    }

    @Test
    void a_reset_password_works_once_shown_and_must_be_replaced_by_one_of_the_owner_s_choosing() {
        Actor admin = fixtures.admin();
        Fixtures.Account teacher = fixtures.account(Role.TEACHER);

        String temporary = accounts.resetPassword(admin, teacher.actor().accountId());

        Account stored = rows.findById(teacher.actor().accountId()).orElseThrow();
        assertThat(encoder.matches(temporary, stored.getPasswordHash())).isTrue();
        assertThat(encoder.matches(Fixtures.PASSWORD, stored.getPasswordHash())).isFalse();
        assertThat(accounts.mustChangePassword(teacher.actor())).isTrue();

        assertThatThrownBy(() -> accounts.changeOwnPassword(teacher.actor(), "not it", "a brand new secret"))
                .isInstanceOf(BadInputException.class)
                .hasMessage("The current password is not right.");
        assertThatThrownBy(() -> accounts.changeOwnPassword(teacher.actor(), temporary, "short"))
                .hasMessageContaining("at least 10 characters");
        assertThatThrownBy(() -> accounts.changeOwnPassword(teacher.actor(), temporary, temporary))
                .hasMessage("The new password must differ from the current one.");
        assertThat(accounts.mustChangePassword(teacher.actor())).isTrue();

        accounts.changeOwnPassword(teacher.actor(), temporary, "a brand new secret");
        assertThat(accounts.mustChangePassword(teacher.actor())).isFalse();
        assertThat(encoder.matches(
                        "a brand new secret",
                        rows.findById(teacher.actor().accountId()).orElseThrow().getPasswordHash()))
                .isTrue();
        assertThat(audit.list(admin, 0, 2))
                .extracting(AuditEntry::action)
                .containsExactly(AuditAction.PASSWORD_CHANGED, AuditAction.PASSWORD_RESET);
    }

    @Test
    void a_password_the_admin_chose_for_a_new_teacher_must_be_replaced_at_the_first_sign_in() {
        Actor admin = fixtures.admin();
        String username = "new-" + System.nanoTime() % 1_000_000;
        AccountSummary made = accounts.create(admin, username, "New Teacher", "chosen by the admin", Role.TEACHER);
        Actor teacher = new Actor(made.id(), Role.TEACHER);

        assertThat(accounts.mustChangePassword(teacher)).isTrue();
        accounts.changeOwnPassword(teacher, "chosen by the admin", "chosen by the teacher");
        assertThat(accounts.mustChangePassword(teacher)).isFalse();
    }

    @Test
    void an_admin_resets_another_s_password_not_their_own() {
        Actor admin = fixtures.admin();
        assertThatThrownBy(() -> accounts.resetPassword(admin, admin.accountId()))
                .isInstanceOf(BadInputException.class)
                .hasMessageContaining("My password");
    }
}
