package org.agora.dashboard;

import java.util.Locale;

/** What the teacher's grid shows for one student and one question. */
public enum ProgressCell {
    NOT_ANSWERED("·"),
    RIGHT("✓"),
    WRONG("✗"),
    /** Answered, not scored automatically: a debate or poll answer waiting for review. */
    OPEN("●");

    private final String symbol;

    ProgressCell(String symbol) {
        this.symbol = symbol;
    }

    public String symbol() {
        return symbol;
    }

    /** The message key of the cell's meaning. */
    public String labelKey() {
        return "progress.cell." + name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
