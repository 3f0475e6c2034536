package org.agora.dashboard;

/** What the teacher's grid shows for one student and one question. */
public enum ProgressCell {
    NOT_ANSWERED("·", "not answered"),
    RIGHT("✓", "right"),
    WRONG("✗", "wrong"),
    /** Answered, not scored automatically: a debate or poll answer waiting for review. */
    OPEN("●", "open answer");

    private final String symbol;
    private final String label;

    ProgressCell(String symbol, String label) {
        this.symbol = symbol;
        this.label = label;
    }

    public String symbol() {
        return symbol;
    }

    public String label() {
        return label;
    }
}
