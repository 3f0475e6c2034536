package org.agora.classroom;

import java.time.Instant;

/** A class session as the teacher's screens list and head it. */
public record SessionSummary(
        long id,
        String title,
        String joinCode,
        long revisionId,
        String lessonTitle,
        Feedback feedback,
        int maxAttempts,
        SessionStatus status,
        Instant createdAt,
        long studentCount,
        long answerCount,
        Pacing pacing,
        int sections,
        int openSections,
        int lockedSections,
        int revealedSections,
        Instant closesAt,
        Gate gate,
        boolean wallOpen,
        boolean premoderate,
        boolean wallNames,
        Long spotlightAnswerId,
        ProjectorChoice projector) {

    public boolean isOpen() {
        return status == SessionStatus.OPEN;
    }
}
