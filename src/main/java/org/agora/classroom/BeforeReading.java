package org.agora.classroom;

import java.util.Collection;

/**
 * The poll before reading asks what a student thinks before the article has told them anything,
 * so it takes answers only until they start reading: once they answer any other question or
 * move past the first section, their last stance stays as their stance before reading.
 */
public final class BeforeReading {

    private BeforeReading() {}

    /** Whether a student has started reading, from how far they went and the questions they answered. */
    public static boolean over(int furthestSection, Collection<String> answeredQuestionKeys, String pollBeforeKey) {
        return furthestSection > 0 || answeredQuestionKeys.stream().anyMatch(key -> !key.equals(pollBeforeKey));
    }
}
