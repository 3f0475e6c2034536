package org.agora.base;

import java.text.Normalizer;

/** Rules for free text typed by people: trimming, length, characters that have no place in a name. */
public final class TextRules {

    private TextRules() {}

    /** Trims and collapses runs of white space to one space, after Unicode normalisation (NFC). */
    public static String clean(String raw) {
        if (raw == null) {
            return "";
        }
        String nfc = Normalizer.normalize(raw, Normalizer.Form.NFC);
        return nfc.strip().replaceAll("\\s+", " ");
    }

    /**
     * True when the text holds control characters, or invisible format characters (zero-width
     * spaces, direction overrides) that would let two names look the same or reorder a screen.
     * Joiners inside emoji sequences are allowed.
     */
    public static boolean hasHiddenCharacters(String text) {
        return text.codePoints().anyMatch(cp -> {
            int type = Character.getType(cp);
            if (type == Character.CONTROL
                    || type == Character.UNASSIGNED
                    || type == Character.PRIVATE_USE
                    || type == Character.SURROGATE) {
                return true;
            }
            return type == Character.FORMAT && cp != 0x200D;
        });
    }

    /**
     * The text without control characters, lone surrogate halves and invisible format characters
     * (zero-width spaces, direction overrides, soft hyphens), which text pasted from a PDF or a
     * chat carries unseen and which would otherwise reach the wall and the export. Joiners inside
     * emoji sequences stay; tabs become spaces; line breaks stay when {@code keepLineBreaks}.
     */
    public static String withoutHiddenCharacters(String text, boolean keepLineBreaks) {
        if (text == null) {
            return null;
        }
        StringBuilder kept = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            if (cp == '\n' || cp == '\t') {
                kept.append(cp == '\n' && keepLineBreaks ? '\n' : ' ');
                return;
            }
            int type = Character.getType(cp);
            boolean hidden = type == Character.CONTROL
                    || type == Character.SURROGATE
                    || type == Character.FORMAT && cp != 0x200D;
            if (!hidden) {
                kept.appendCodePoint(cp);
            }
        });
        return kept.toString();
    }

    /** Length as a person counts it: in code points, so an emoji counts once. */
    public static int length(String text) {
        return text.codePointCount(0, text.length());
    }
}
