package org.agora.lesson;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Full stops that do not end a sentence, in the languages of Agora's lessons (English, French,
 * German, Spanish, Italian, Portuguese): after an initial ("Donald J. Trump"), a dotted
 * abbreviation in capitals ("U.S.") or one that stands inside a sentence ("e.g.", "z.B."), a title before a name ("Mr.", "Dr.", "Mme", "Sr."), a
 * month before a day or year ("JAN. 20", "Sept. 2024", "janv. 2020") and a German day before its
 * month ("3. Oktober").
 */
final class Abbreviations {

    /** Titles, written with a capital: "no." in lower case ends a sentence, "No. 5" does not. */
    private static final Set<String> TITLES = Set.of(
            "mr", "mrs", "ms", "messrs", "dr", "prof", "sr", "sra", "srta", "jr", "st", "ste", "mt", "gen", "gov",
            "sen", "rep", "lt", "col", "capt", "cmdr", "sgt", "rev", "hon", "pres", "supt", "mme", "mmes", "mlle",
            "mlles", "pr", "hr", "hrn", "fr", "frl", "dott", "dottssa", "sig", "sigg", "ing", "avv", "arq", "eng", "nr",
            "no", "nos", "vol", "pp", "fig", "ca", "approx", "dept", "univ", "inc", "ltd", "corp", "co", "bros", "ud",
            "uds");

    private static final Set<String> MONTHS = Set.of(
            "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "janv", "févr", "fév",
            "avr", "juil", "déc", "ene", "abr", "ago", "dic", "mär", "okt", "dez", "gen", "giu", "lug", "ott", "set",
            "fev", "out");
    private static final Set<String> GERMAN_MONTHS = Set.of(
            "januar",
            "jänner",
            "februar",
            "märz",
            "april",
            "mai",
            "juni",
            "juli",
            "august",
            "september",
            "oktober",
            "november",
            "dezember");
    /** Capitals with full stops: "U.S.", "U.K.", "D.C.", more often before a noun than at a sentence's end. */
    private static final Pattern DOTTED_CAPITALS = Pattern.compile("(\\p{Lu}{1,3}\\.){2,}");
    /** Lower-case dotted abbreviations that come before more of the sentence ("p.m." often ends one). */
    private static final Set<String> DOTTED_IN_SENTENCE =
            Set.of("e.g.", "i.e.", "z.b.", "d.h.", "u.a.", "o.ä.", "p.ej.");

    private Abbreviations() {}

    /**
     * Whether the full stop at the end of {@code before} belongs to a word that does not end a
     * sentence, given the text that follows it.
     */
    static boolean keepsSentenceOpen(String before, String after) {
        String word = lastWord(before);
        if (word.isEmpty() || !word.endsWith(".")) {
            return false;
        }
        String bare = word.substring(0, word.length() - 1);
        String next = firstWord(after);
        if (bare.codePointCount(0, bare.length()) == 1 && Character.isLetter(bare.codePointAt(0))) {
            return true;
        }
        if (DOTTED_CAPITALS.matcher(word).matches() || DOTTED_IN_SENTENCE.contains(word.toLowerCase(Locale.ROOT))) {
            return true;
        }
        String lower = bare.toLowerCase(Locale.ROOT);
        if (!bare.isEmpty() && Character.isUpperCase(bare.codePointAt(0)) && TITLES.contains(lower)) {
            return true;
        }
        boolean digitNext = !next.isEmpty() && Character.isDigit(next.codePointAt(0));
        if (MONTHS.contains(lower) && digitNext) {
            return true;
        }
        return bare.matches("\\d{1,2}")
                && GERMAN_MONTHS.contains(next.toLowerCase(Locale.ROOT).replaceAll("\\W+$", ""));
    }

    private static String lastWord(String text) {
        String stripped = text.strip();
        int space = Math.max(stripped.lastIndexOf(' '), stripped.lastIndexOf('('));
        String word = stripped.substring(space + 1);
        // Emphasis or a quote before the word is not part of it.
        return word.replaceFirst("^[*_\"'“‘«(\\[]+", "");
    }

    private static String firstWord(String text) {
        String stripped = text.strip();
        int space = stripped.indexOf(' ');
        return (space < 0 ? stripped : stripped.substring(0, space)).replaceFirst("^[*_\"'“‘«(\\[]+", "");
    }
}
