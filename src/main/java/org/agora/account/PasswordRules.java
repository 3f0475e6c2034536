package org.agora.account;

import com.nulabinc.zxcvbn.StandardDictionaries;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.agora.base.BadInputException;

/**
 * What a password must be, wherever one is set (a new account, a change, the first admin's):
 * long enough, not the username with a little added, not one character or two repeated, and not
 * one of the most common passwords (decision 0029). Each refusal says which rule it broke.
 */
final class PasswordRules {

    /** Fewer different characters than this is a repetition like "aaaaaaaaaa" or "abababababab". */
    static final int MIN_DIFFERENT_CHARACTERS = 4;

    /**
     * The common passwords that are long enough to pass the length rule (1,090 of zxcvbn's 30,000,
     * which come from a corpus of ten million leaked passwords), in lower case; the rest the
     * length rule already refuses.
     */
    private static final Set<String> COMMON = load();

    private PasswordRules() {}

    /** Refuses {@code password} for the account {@code username} with the reason, in field "password". */
    static void check(String password, String username) {
        if (password == null || password.length() < Account.PASSWORD_MIN) {
            throw new BadInputException("password", "account.password.too-short", Account.PASSWORD_MIN);
        }
        if (password.getBytes(StandardCharsets.UTF_8).length > Account.PASSWORD_MAX) {
            throw new BadInputException("password", "account.password.too-long", Account.PASSWORD_MAX);
        }
        String lower = password.toLowerCase(Locale.ROOT);
        String name = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
        if (!name.isEmpty() && lower.replace(name, "").length() < Account.PASSWORD_MIN) {
            throw new BadInputException("password", "account.password.username", Account.PASSWORD_MIN);
        }
        if (lower.codePoints().distinct().count() < MIN_DIFFERENT_CHARACTERS) {
            throw new BadInputException("password", "account.password.repetitive", MIN_DIFFERENT_CHARACTERS);
        }
        if (COMMON.contains(lower)) {
            throw new BadInputException("password", "account.password.common");
        }
    }

    static int commonCount() {
        return COMMON.size();
    }

    private static Set<String> load() {
        try {
            return StandardDictionaries.PASSWORDS_LOADER.load().getFrequencies().stream()
                    .map(p -> p.toLowerCase(Locale.ROOT))
                    .filter(p -> p.length() >= Account.PASSWORD_MIN)
                    .collect(Collectors.toUnmodifiableSet());
        } catch (IOException e) {
            throw new UncheckedIOException("The list of common passwords did not load", e);
        }
    }
}
