package org.agora.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.agora.AgoraTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.annotation.Transactional;

/**
 * The first run's admin. The shared context already has admins, so each test first turns them
 * into teachers under other names, inside a transaction that is rolled back at its end.
 */
@Transactional
class FirstAdminTest extends AgoraTest {

    @Autowired
    AccountService accounts;

    @Autowired
    AccountRepository rows;

    @Autowired
    PasswordEncoder encoder;

    @Autowired
    JdbcTemplate jdbc;

    private void asIfNoAdminExisted() {
        jdbc.update("update account set role = 'TEACHER', username = concat('was-', username) where role = 'ADMIN'");
    }

    @Test
    void the_password_from_agora_admin_password_must_be_replaced_at_the_first_sign_in() {
        asIfNoAdminExisted();

        new FirstAdmin(accounts, "set before the first start").run(null);

        Account admin = rows.findByUsername("admin").orElseThrow();
        assertThat(admin.getRole()).isEqualTo(Role.ADMIN);
        assertThat(encoder.matches("set before the first start", admin.getPasswordHash()))
                .isTrue();
        assertThat(admin.mustChangePassword()).isTrue();
    }

    @Test
    void a_generated_password_must_be_replaced_at_the_first_sign_in() {
        asIfNoAdminExisted();

        new FirstAdmin(accounts, "").run(null);

        assertThat(rows.findByUsername("admin").orElseThrow().mustChangePassword())
                .isTrue();
    }

    /** Issue 16, finding 10: a common first admin password stops the first start, saying why. */
    @Test
    void a_common_agora_admin_password_is_refused_at_start_up_with_the_reason() {
        asIfNoAdminExisted();

        assertThatThrownBy(() -> new FirstAdmin(accounts, "1234567890").run(null))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("AGORA_ADMIN_PASSWORD is refused: This password is among the most common");
        assertThat(rows.findByUsername("admin")).isEmpty();
    }

    @Test
    void nothing_is_created_when_an_admin_exists() {
        long before = rows.count();

        new FirstAdmin(accounts, "set before the first start").run(null);

        assertThat(rows.count()).isEqualTo(before);
    }
}
