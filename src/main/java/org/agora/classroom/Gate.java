package org.agora.classroom;

/** "Understand before you argue": when a section's debate questions open. */
public enum Gate {
    /** Always open. */
    OFF,
    /** Once every comprehension question of the section has an answer. */
    ANSWERED,
    /** Once every comprehension question of the section was answered correctly. */
    CORRECT
}
