package org.agora;

import org.agora.account.AccountService;
import org.agora.account.Actor;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The tests' admin as after its first sign-in: it replaced the password of
 * application-test.properties by {@link #PASSWORD}, which the browser journeys sign in with.
 * Runs right after the first admin is created (order 10).
 */
@Component
@Profile("test")
@Order(11)
class TestAdminSignedInOnce implements ApplicationRunner {

    /** agora.admin-password in application-test.properties. */
    static final String GIVEN = "admin-first-password";

    static final String PASSWORD = "admin-test-password";

    private final AccountService accounts;

    TestAdminSignedInOnce(AccountService accounts) {
        this.accounts = accounts;
    }

    @Override
    public void run(ApplicationArguments args) {
        Actor admin = accounts.firstAdmin().orElseThrow();
        if (accounts.mustChangePassword(admin)) {
            accounts.changeOwnPassword(admin, GIVEN, PASSWORD);
        }
    }
}
