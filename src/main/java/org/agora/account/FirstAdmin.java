package org.agora.account;

import org.agora.base.BadInputException;
import org.agora.base.Messages;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * On first run (no admin yet) creates the account "admin". Its password comes from
 * AGORA_ADMIN_PASSWORD, or is generated and printed once in the log, the only place it
 * ever appears. Either way it is temporary: the admin replaces it at the first sign-in.
 */
@Component
@Order(10)
class FirstAdmin implements ApplicationRunner {

    static final String USERNAME = "admin";

    private static final Logger log = LoggerFactory.getLogger(FirstAdmin.class);

    private final AccountService accounts;
    private final String configuredPassword;

    FirstAdmin(AccountService accounts, @Value("${agora.admin-password:}") String configuredPassword) {
        this.accounts = accounts;
        this.configuredPassword = configuredPassword;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (accounts.adminExists()) {
            return;
        }
        boolean generated = configuredPassword.isBlank();
        String password = generated ? generatePassword() : configuredPassword;
        try {
            accounts.createUnchecked(USERNAME, "Administrator", password, Role.ADMIN);
        } catch (BadInputException refused) {
            // Only a configured password can be refused; a generated one always passes.
            String why = "AGORA_ADMIN_PASSWORD is refused: " + Messages.english(refused.key(), refused.args())
                    + " Choose another, or leave it empty to have one generated and printed once.";
            log.error(why);
            throw new IllegalStateException(why);
        }
        if (generated) {
            log.warn(
                    "\n\n    First run: created the admin account.\n    username: {}\n    one-time password: {}\n"
                            + "    (printed only this once, to be changed at the first sign-in; set AGORA_ADMIN_PASSWORD to "
                            + "choose it instead)\n",
                    USERNAME,
                    password);
        } else {
            log.info(
                    "First run: created the admin account '{}' with the password from AGORA_ADMIN_PASSWORD, "
                            + "to be changed at the first sign-in",
                    USERNAME);
        }
    }

    private static String generatePassword() {
        return TemporaryPasswords.generate();
    }
}
