package org.agora.dashboard;

import java.util.List;

/**
 * The before/after opinion poll: the class's stances before and after reading (students per
 * point, 1 to 5) and, for each student who answered both, where they moved.
 */
public record OpinionShift(List<Integer> before, List<Integer> after, List<Move> moves) {

    /** One student's stance before and after reading. */
    public record Move(String displayName, int from, int to) {}

    public long towardAgree() {
        return moves.stream().filter(m -> m.to() > m.from()).count();
    }

    public long towardDisagree() {
        return moves.stream().filter(m -> m.to() < m.from()).count();
    }

    public long unchanged() {
        return moves.stream().filter(m -> m.to() == m.from()).count();
    }
}
