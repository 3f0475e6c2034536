package org.agora.classroom;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Continuing on another device: the student's screen asks for a link, the other device opens
 * it within {@link #LIFETIME} and, with the student's confirmation, gets a key of its own.
 * A link works once; a newer link replaces an unused older one.
 */
@Service
public class DeviceLinks {

    public static final Duration LIFETIME = Duration.ofMinutes(10);

    /** A link to show on the first device; {@code token} goes into the address, never stored. */
    public record DeviceLink(String token, Instant expiresAt) {}

    /** Whose place a link opens, to show before the student confirms on the new device. */
    public record LinkedPlace(String displayName, String sessionTitle) {}

    private final ParticipantLookup lookup;
    private final ParticipantRepository participants;
    private final ParticipantKeyRepository keys;
    private final ClassSessionRepository sessions;
    private final Clock clock;

    DeviceLinks(
            ParticipantLookup lookup,
            ParticipantRepository participants,
            ParticipantKeyRepository keys,
            ClassSessionRepository sessions,
            Clock clock) {
        this.lookup = lookup;
        this.participants = participants;
        this.keys = keys;
        this.sessions = sessions;
        this.clock = clock;
    }

    /** A fresh link for the student whose resume token this is. */
    @Transactional
    public DeviceLink create(String resumeToken) {
        Participant participant = lookup.require(resumeToken);
        keys.deleteOpenLinks(participant.getId());
        String token = ResumeTokens.newToken();
        Instant now = clock.instant();
        ParticipantKey link =
                keys.save(ParticipantKey.link(participant.getId(), ResumeTokens.hash(token), now, now.plus(LIFETIME)));
        return new DeviceLink(token, link.getExpiresAt());
    }

    /** Whose place the link opens, while it may still be used. */
    @Transactional(readOnly = true)
    public Optional<LinkedPlace> peek(String linkToken) {
        if (!ResumeTokens.looksValid(linkToken)) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        return keys.findByTokenHashAndKind(ResumeTokens.hash(linkToken), ParticipantKey.Kind.LINK)
                .filter(link -> link.usableLink(now))
                .flatMap(link -> participants.findById(link.getParticipantId()))
                .map(p -> new LinkedPlace(
                        p.getDisplayName(),
                        sessions.findById(p.getSessionId())
                                .map(ClassSession::getTitle)
                                .orElse("")));
    }

    /** Uses the link: returns the new device's own resume token, or nothing if the link is used or expired. */
    @Transactional
    public Optional<String> open(String linkToken) {
        if (!ResumeTokens.looksValid(linkToken)) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        Optional<ParticipantKey> link =
                keys.lockLink(ResumeTokens.hash(linkToken)).filter(k -> k.usableLink(now));
        if (link.isEmpty()) {
            return Optional.empty();
        }
        // The student's row lock, as answering and deletion take it: a deleted student gets no new key.
        if (participants.lockById(link.get().getParticipantId()).isEmpty()) {
            return Optional.empty();
        }
        link.get().use(now);
        String deviceToken = ResumeTokens.newToken();
        keys.save(ParticipantKey.device(link.get().getParticipantId(), ResumeTokens.hash(deviceToken), now));
        return Optional.of(deviceToken);
    }
}
