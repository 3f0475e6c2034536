package org.agora.dashboard;

import java.text.Normalizer;

/**
 * Keeps a spreadsheet from running a cell as a formula: a text whose first visible character
 * (after any white space, of any kind, and invisible format characters) is {@code = + - @} in
 * any of its forms (fullwidth, small, superscript: whatever NFKC turns into one of them), or
 * that starts with a tab or a carriage return, gets a leading apostrophe. The text stays
 * readable; a negative number such as "-5" gets the apostrophe too.
 */
final class FormulaDefusing {

    private FormulaDefusing() {}

    static String defused(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        return startsWithTabOrReturn(text) || startsAFormula(text) ? "'" + text : text;
    }

    private static boolean startsWithTabOrReturn(String text) {
        char first = text.charAt(0);
        return first == '\t' || first == '\r';
    }

    private static boolean startsAFormula(String text) {
        return text.codePoints().filter(cp -> !passedOver(cp)).findFirst().stream()
                .mapToObj(Character::toString)
                .map(c -> Normalizer.normalize(c, Normalizer.Form.NFKC))
                .anyMatch(c -> !c.isEmpty() && "=+-@".indexOf(c.charAt(0)) >= 0);
    }

    /** White space of every kind (no-break, ideographic, line breaks) and invisible characters. */
    private static boolean passedOver(int cp) {
        return Character.isWhitespace(cp)
                || Character.isSpaceChar(cp)
                || Character.getType(cp) == Character.FORMAT
                || cp == 0x85;
    }
}
