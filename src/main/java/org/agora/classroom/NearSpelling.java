package org.agora.classroom;

/**
 * Whether a short answer is a near spelling of an accepted one, for questions that allow it:
 * word by word, one letter wrong, missing or extra in a word of 5 or more letters, two in a
 * word of 9 or more. Shorter words, and words with digits (years, figures), must match
 * exactly: there one letter or digit makes another answer. Both texts come normalised
 * ({@link ShortText}); lengths count letters as people see them (code points).
 */
final class NearSpelling {

    static final int ONE_EDIT_FROM = 5;
    static final int TWO_EDITS_FROM = 9;

    private NearSpelling() {}

    static boolean matches(String answer, String accepted) {
        String[] given = answer.split(" ");
        String[] wanted = accepted.split(" ");
        if (given.length != wanted.length) {
            return false;
        }
        for (int i = 0; i < wanted.length; i++) {
            if (!wordMatches(given[i], wanted[i])) {
                return false;
            }
        }
        return true;
    }

    private static boolean wordMatches(String given, String wanted) {
        if (given.equals(wanted)) {
            return true;
        }
        int allowed = allowedEdits(wanted);
        return allowed > 0
                && distance(given.codePoints().toArray(), wanted.codePoints().toArray()) <= allowed;
    }

    private static int allowedEdits(String word) {
        if (word.codePoints().anyMatch(Character::isDigit)) {
            return 0;
        }
        int letters = word.codePointCount(0, word.length());
        return letters >= TWO_EDITS_FROM ? 2 : letters >= ONE_EDIT_FROM ? 1 : 0;
    }

    /** Levenshtein distance: letters replaced, inserted or deleted. */
    private static int distance(int[] a, int[] b) {
        int[] previous = new int[b.length + 1];
        int[] current = new int[b.length + 1];
        for (int j = 0; j <= b.length; j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length; i++) {
            current[0] = i;
            for (int j = 1; j <= b.length; j++) {
                int replace = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
                current[j] = Math.min(replace, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length];
    }
}
