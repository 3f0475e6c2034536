package org.agora.classroom;

import java.time.Instant;
import java.util.List;

/**
 * One argument as the teacher reviews it: its author, stance, text and cited sentences, and
 * the review so far (scores null until scored).
 */
public record ReviewItem(
        long answerId,
        String studentName,
        int stance,
        String argument,
        List<String> citations,
        Instant submittedAt,
        Integer claim,
        Integer evidence,
        Integer reasoning,
        String comment,
        boolean released,
        WallStatus wall) {

    public boolean scored() {
        return claim != null;
    }
}
