package org.agora.classroom;

import org.agora.base.NotAllowedException;
import org.springframework.stereotype.Component;

/** Finds the student a resume token belongs to. */
@Component
class ParticipantLookup {

    private final ParticipantRepository participants;

    ParticipantLookup(ParticipantRepository participants) {
        this.participants = participants;
    }

    java.util.Optional<Participant> find(String token) {
        if (!ResumeTokens.looksValid(token)) {
            return java.util.Optional.empty();
        }
        return participants.findByResumeTokenHash(ResumeTokens.hash(token));
    }

    Participant require(String token) {
        return find(token).orElseThrow(() -> new NotAllowedException(
                "student.place.not-found"));
    }
}
