package org.agora.classroom;

import java.util.Map;
import java.util.function.Predicate;
import org.agora.base.live.SessionChanged;

/** Everything a student's screen needs to come back exactly where it was. */
public record StudentPlace(
        long participantId,
        long sessionId,
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
     * The changes of the class session this student's screen follows: the teacher's pacing,
     * and the student's own answers from another tab or device; not the rest of the class's.
     */
    public Predicate<SessionChanged> concernsMe() {
        long me = participantId;
        return change -> change.kind() == SessionChanged.Kind.PACED
                || change.participantId() != null && change.participantId() == me;
    }
}
