package org.agora.lesson;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The words of a text as a bag, for comparing an extraction with a reference: NFKC, lower
 * case, runs of letters and digits, and each Han or kana character a word of its own.
 */
record WordBag(Map<String, Integer> counts, int size) {

    static WordBag of(String text) {
        String normal = Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFKC)
                .toLowerCase(Locale.ROOT);
        Map<String, Integer> counts = new HashMap<>();
        int size = 0;
        StringBuilder word = new StringBuilder();
        for (int i = 0; i < normal.length(); ) {
            int c = normal.codePointAt(i);
            i += Character.charCount(c);
            if (ideographic(c)) {
                size += flush(word, counts);
                counts.merge(new String(Character.toChars(c)), 1, Integer::sum);
                size++;
            } else if (Character.isLetterOrDigit(c)) {
                word.appendCodePoint(c);
            } else {
                size += flush(word, counts);
            }
        }
        size += flush(word, counts);
        return new WordBag(counts, size);
    }

    private static boolean ideographic(int c) {
        Character.UnicodeScript script = Character.UnicodeScript.of(c);
        return script == Character.UnicodeScript.HAN
                || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA;
    }

    private static int flush(StringBuilder word, Map<String, Integer> counts) {
        if (word.isEmpty()) {
            return 0;
        }
        counts.merge(word.toString(), 1, Integer::sum);
        word.setLength(0);
        return 1;
    }

    /** Words in both bags, each counted as often as it is in the smaller. */
    int overlap(WordBag other) {
        int shared = 0;
        for (Map.Entry<String, Integer> e : counts.entrySet()) {
            shared += Math.min(e.getValue(), other.counts.getOrDefault(e.getKey(), 0));
        }
        return shared;
    }

    /** The F1 of this extraction against the reference: 1 when both are empty. */
    double f1(WordBag reference) {
        if (size == 0 && reference.size == 0) {
            return 1;
        }
        int shared = overlap(reference);
        if (shared == 0) {
            return 0;
        }
        double precision = (double) shared / size;
        double recall = (double) shared / reference.size;
        return 2 * precision * recall / (precision + recall);
    }

    double precision(WordBag reference) {
        return size == 0 ? 0 : (double) overlap(reference) / size;
    }

    double recall(WordBag reference) {
        return reference.size == 0 ? 1 : (double) overlap(reference) / reference.size;
    }
}
