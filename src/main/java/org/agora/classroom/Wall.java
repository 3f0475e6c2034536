package org.agora.classroom;

import java.util.List;
import java.util.Map;

/**
 * The argument wall as a student sees it: for each debate question of the sections open now,
 * the class's arguments grouped by stance (1-5), without names unless {@code names}.
 */
public record Wall(boolean open, List<Question> questions, boolean names) {

    /** Fewer arguments than this in a question and the wall keeps them hidden: a few are too easy to place. */
    public static final int MIN_ARGUMENTS = 3;

    /** One argument on the wall; {@code author} only when the session shows names, else null. */
    public record Argument(String text, String author) {}

    public record Question(String key, String prompt, int count, Map<Integer, List<Argument>> byStance) {

        public boolean shown() {
            return count >= MIN_ARGUMENTS;
        }
    }

    static Wall closed() {
        return new Wall(false, List.of(), false);
    }
}
