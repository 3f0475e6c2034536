package org.agora.account;

import java.security.SecureRandom;
import java.util.Base64;

/** Passwords the app chooses (the first admin's, a reset): 96 random bits, shown once, changed at sign-in. */
final class TemporaryPasswords {

    private static final SecureRandom RANDOM = new SecureRandom();

    private TemporaryPasswords() {}

    static String generate() {
        byte[] bytes = new byte[12];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
