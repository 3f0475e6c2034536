package org.agora.classroom;

import java.util.Optional;
import org.agora.base.NotAllowedException;
import org.springframework.stereotype.Component;

/** Finds the student a resume token belongs to. */
@Component
class ParticipantLookup {

    private final ParticipantRepository participants;
    private final ParticipantKeyRepository keys;

    ParticipantLookup(ParticipantRepository participants, ParticipantKeyRepository keys) {
        this.participants = participants;
        this.keys = keys;
    }

    /** By the token of the device that joined, or of a device that opened a link since. */
    Optional<Participant> find(String token) {
        if (!ResumeTokens.looksValid(token)) {
            return Optional.empty();
        }
        String hash = ResumeTokens.hash(token);
        return participants
                .findByResumeTokenHash(hash)
                .or(() -> keys.findByTokenHashAndKind(hash, ParticipantKey.Kind.DEVICE)
                        .flatMap(key -> participants.findById(key.getParticipantId())));
    }

    Participant require(String token) {
        return find(token).orElseThrow(() -> new NotAllowedException("student.place.not-found"));
    }
}
