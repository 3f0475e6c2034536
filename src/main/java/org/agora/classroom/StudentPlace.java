package org.agora.classroom;

import java.util.Map;
import java.util.function.Predicate;
import org.agora.base.live.SessionChanged;

/**
 * Everything a student's screen needs to come back exactly where it was; {@code version} is the
 * version of the class's state it was drawn from ({@link ClassState#version()}).
 */
public record StudentPlace(
        long participantId,
        long sessionId,
        long version,
        String sessionTitle,
        String displayName,
        long revisionId,
        Feedback feedback,
        boolean open,
        int currentSection,
        Map<String, SavedAnswer> answers,
        SectionRules rules,
        boolean wallOpen,
        boolean wallNames,
        boolean readingStarted) {

    /**
     * The changes of the class session that only this student's screen reads for itself: the
     * student's own answers from another tab or device, a mark the teacher changed, the student's
     * removal. The class's shared state (pacing, the wall, reviews) comes read once for the whole
     * class ({@link ClassBoards}).
     */
    public Predicate<SessionChanged> concernsMe() {
        long me = participantId;
        return change -> change.participantId() != null && change.participantId() == me;
    }
}
