package org.agora.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Properties;
import org.agora.AgoraTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.support.PropertiesLoaderUtils;
import org.springframework.security.crypto.password.PasswordEncoder;

/** Stored passwords are hashed at BCrypt cost 12 in production; only the test profile lowers it. */
class PasswordHashCostTest extends AgoraTest {

    @Autowired
    PasswordEncoder encoder;

    @Test
    void production_hashes_passwords_at_cost_12() throws Exception {
        Properties production = PropertiesLoaderUtils.loadAllProperties("application.properties");
        int cost = Integer.parseInt(production.getProperty("agora.password-hash-cost"));

        String hash = new SecurityConfig().passwordEncoder(cost).encode("a teacher's password");

        assertThat(hash).startsWith("$2a$12$");
    }

    @Test
    void the_test_profile_hashes_at_the_lowest_cost_and_still_checks_passwords() {
        String hash = encoder.encode("a teacher's password");

        assertThat(hash).startsWith("$2a$04$");
        assertThat(encoder.matches("a teacher's password", hash)).isTrue();
        assertThat(encoder.matches("another password", hash)).isFalse();
    }
}
