package org.agora.classroom;

import java.security.SecureRandom;
import java.util.Locale;
import java.util.Optional;

/**
 * The short code a teacher reads out to let a student back in on a new device: eight characters
 * of the join code's alphabet (no look-alikes), shown as two groups of four. 31^8 codes, valid
 * for minutes and tried at {@link JoinThrottle}'s pace, cannot be guessed.
 */
final class PlaceCode {

    static final int LENGTH = 8;

    private static final SecureRandom RANDOM = new SecureRandom();

    private PlaceCode() {}

    /** A fresh code, as shown: "ABCD-EFGH". */
    static String random() {
        StringBuilder code = new StringBuilder(LENGTH + 1);
        for (int i = 0; i < LENGTH; i++) {
            if (i == LENGTH / 2) {
                code.append('-');
            }
            code.append(JoinCode.ALPHABET.charAt(RANDOM.nextInt(JoinCode.ALPHABET.length())));
        }
        return code.toString();
    }

    /** The code as hashed, or empty when the typed text cannot be a code (spaces, dashes, case ignored). */
    static Optional<String> normalize(String typed) {
        if (typed == null) {
            return Optional.empty();
        }
        String code = typed.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
        if (code.length() != LENGTH || !code.chars().allMatch(c -> JoinCode.ALPHABET.indexOf(c) >= 0)) {
            return Optional.empty();
        }
        return Optional.of(code);
    }

    static String hash(String normalized) {
        return ResumeTokens.hash("code:" + normalized);
    }
}
