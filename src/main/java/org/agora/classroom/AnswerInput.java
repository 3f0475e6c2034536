package org.agora.classroom;

import java.util.List;

/**
 * What a student sends for one question. {@code selection} holds option ids (in the
 * student's order for ordering questions), a sentence key (evidence) or the sentences a
 * debate answer cites; {@code text} the short answer or the argument; {@code stance} 1-5 for
 * debate and poll questions.
 */
public record AnswerInput(List<String> selection, String text, Integer stance) {

    /** Longest short answer, in characters as the student counts them. */
    public static final int SHORT_TEXT_MAX = 200;
    /** Shortest and longest argument of a debate answer. */
    public static final int ARGUMENT_MIN = 10;

    public static final int ARGUMENT_MAX = 2000;
    /** A debate answer may cite up to this many sentences of its section. */
    public static final int CITATIONS_MAX = 3;

    public AnswerInput {
        selection = selection == null ? List.of() : List.copyOf(selection);
    }

    public static AnswerInput choice(List<String> selection) {
        return new AnswerInput(selection, null, null);
    }

    public static AnswerInput text(String text) {
        return new AnswerInput(List.of(), text, null);
    }

    public static AnswerInput stance(int stance, String argument) {
        return new AnswerInput(List.of(), argument, stance);
    }

    /** A debate answer citing sentences of its section by key. */
    public static AnswerInput argued(int stance, String argument, List<String> citedSentences) {
        return new AnswerInput(citedSentences, argument, stance);
    }
}
