package org.agora.classroom;

import java.text.Normalizer;
import java.util.Locale;

/** Short answers are compared ignoring case, spacing, punctuation and accents. */
public final class ShortText {

    private ShortText() {}

    public static String normalize(String text) {
        if (text == null) {
            return "";
        }
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFKD);
        String noAccents = decomposed.replaceAll("\\p{M}+", "");
        String lettersAndDigits = noAccents.toLowerCase(Locale.ROOT).replaceAll("[\\p{P}\\p{S}]+", " ");
        return lettersAndDigits.strip().replaceAll("\\s+", " ");
    }
}
