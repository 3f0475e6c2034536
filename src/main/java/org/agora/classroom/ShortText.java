package org.agora.classroom;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Short answers are compared ignoring case, spacing, punctuation and accents, and with the
 * digits of every script read as 0-9 (a student may type "٢٠١١" for 2011).
 */
public final class ShortText {

    private ShortText() {}

    public static String normalize(String text) {
        if (text == null) {
            return "";
        }
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFKD);
        String noAccents = asciiDigits(decomposed.replaceAll("\\p{M}+", ""));
        String lettersAndDigits = noAccents.toLowerCase(Locale.ROOT).replaceAll("[\\p{P}\\p{S}]+", " ");
        return lettersAndDigits.strip().replaceAll("\\s+", " ");
    }

    /**
     * Decimal digits only: numerals that have a value but are no digit of a number system
     * (Roman numerals, fractions) are left as they are.
     */
    private static String asciiDigits(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            if (Character.getType(c) == Character.DECIMAL_DIGIT_NUMBER) {
                out.append((char) ('0' + Character.digit(c, 10)));
            } else {
                out.appendCodePoint(c);
            }
        });
        return out.toString();
    }
}
