package org.agora.classroom;

import java.util.Map;

/** Everything a student's screen needs to come back exactly where it was. */
public record StudentPlace(long participantId, long sessionId, String sessionTitle, String displayName,
        long revisionId, Feedback feedback, boolean open, int currentSection, Map<String, SavedAnswer> answers,
        SectionRules rules, boolean wallOpen) {
}
