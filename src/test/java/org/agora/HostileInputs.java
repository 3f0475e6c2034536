package org.agora;

import java.util.List;
import java.util.Random;

/**
 * Generates hostile text from a seeded random source: empty, over-long, control and invisible
 * characters, right-to-left text, emoji, lone surrogates, markup, script links, SQL, broken JSON,
 * format strings and path traversal. The seed comes from {@code -Dagora.hostile.seed} and is
 * printed, so a failing run can be replayed.
 */
public final class HostileInputs {

    public static final long DEFAULT_SEED = 20261128L;

    /** Pieces that each break one assumption; a generated input joins one to three of them. */
    static final List<String> FRAGMENTS = List.of(
            "",
            " ",
            "\t\n \r",
            "\u00A0\u2003",
            "\u0000",
            "\u0007",
            "\u001B[31m",
            "\u001F",
            "\u007F",
            "a\u0008b",
            "\u200B",
            "\u200C",
            "\u200D",
            "\uFEFF",
            "\u2028",
            "\u2029",
            "\u202Eevil\u202C",
            "\u2066x\u2069",
            "\u2067",
            "\u2068",
            "שלום",
            "مرحبا بالعالم",
            "\u202Bעברית\u202C",
            "😀",
            "👩‍👩‍👧‍👦",
            "👍🏽",
            "🏳️‍🌈",
            "\uD83D",
            "\uDE00",
            "x\uDC00y",
            "e\u0301",
            "Z\u0351\u0352\u0353\u0354\u0355\u0356",
            "\u0301",
            "<script>alert(1)</script>",
            "<img src=x onerror=alert(1)>",
            "\"><svg onload=alert(1)>",
            "<a href=\"javascript:alert(1)\">x</a>",
            "javascript:alert(1)",
            "[x](javascript:alert(1))",
            "[x](JaVaScRiPt:alert(1))",
            "<iframe src=//evil>",
            "&lt;b&gt;",
            "<b>bold</b>",
            "' OR 1=1 --",
            "\"; DROP TABLE answer;--",
            "1; DELETE FROM participant",
            "%' AND '1'='1",
            "{\"a\":",
            "[1,2",
            "{'x': undefined}",
            "\\u0000",
            "null",
            "%s %n ${x} {0}",
            "#{7*7}",
            "{0,choice,0#a|1#b}",
            "'{'",
            "../../etc/passwd",
            "..\\..\\windows\\win.ini",
            "/dev/null",
            "file:///etc/passwd",
            "Ana",
            "Ben 2",
            "The treaty was signed.");

    private final long seed;
    private final Random random;

    private HostileInputs(long seed) {
        this.seed = seed;
        this.random = new Random(seed);
    }

    /** A generator for one test class; the seed is printed with the name so the run can be replayed. */
    public static HostileInputs forTest(String name) {
        String property = System.getProperty("agora.hostile.seed");
        long seed = property == null || property.isBlank() ? DEFAULT_SEED : Long.parseLong(property.strip());
        System.out.println(
                "Hostile inputs for " + name + ": seed " + seed + " (replay with -Dagora.hostile.seed=" + seed + ")");
        return new HostileInputs(seed);
    }

    public long seed() {
        return seed;
    }

    public int nextInt(int bound) {
        return random.nextInt(bound);
    }

    /** One to three fragments joined; now and then one over-long text around {@code limit}. */
    public String text(int limit) {
        int roll = random.nextInt(20);
        if (roll == 0) {
            return repeat(limit + 1);
        }
        if (roll == 1) {
            return repeat(10 * limit);
        }
        if (roll == 2) {
            return pick() + repeat(limit);
        }
        StringBuilder text = new StringBuilder();
        int pieces = 1 + random.nextInt(3);
        for (int i = 0; i < pieces; i++) {
            text.append(pick());
        }
        return text.toString();
    }

    /** A text with some ordinary words around the hostile part, as a person might type it. */
    public String sentence(int limit) {
        String hostile = text(limit);
        return random.nextBoolean() ? hostile : "Because " + hostile + " says so.";
    }

    public String pick() {
        return FRAGMENTS.get(random.nextInt(FRAGMENTS.size()));
    }

    /** A long text of one repeated character: plain letters, an emoji, or a combining mark. */
    private String repeat(int count) {
        String unit = switch (random.nextInt(4)) {
            case 0 -> "x";
            case 1 -> "😀";
            case 2 -> "<";
            default -> "é";
        };
        return unit.repeat(count);
    }

    /** Java source for a string, with everything outside printable ASCII escaped, for failure messages. */
    public static String escaped(String text) {
        if (text == null) {
            return "null";
        }
        StringBuilder out = new StringBuilder("\"");
        String shown = text.length() > 300 ? text.substring(0, 300) : text;
        for (char c : shown.toCharArray()) {
            if (c >= 0x20 && c < 0x7F && c != '"' && c != '\\') {
                out.append(c);
            } else {
                out.append(String.format("\\u%04X", (int) c));
            }
        }
        out.append('"');
        if (text.length() > 300) {
            out.append(" ... (").append(text.length()).append(" chars)");
        }
        return out.toString();
    }
}
