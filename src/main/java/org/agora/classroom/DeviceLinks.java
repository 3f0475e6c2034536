package org.agora.classroom;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.agora.account.Actor;
import org.agora.base.BadInputException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Continuing on another device: the student's screen asks for a link, the other device opens
 * it within {@link #LIFETIME} and, with the student's confirmation, gets a key of its own.
 * A link works once; a newer link replaces an unused older one. A teacher can also make one for
 * a student who lost their device: it carries a short code to type besides the token. Either
 * way the devices the student had keep working. Tokens and codes are never stored or logged.
 */
@Service
public class DeviceLinks {

    public static final Duration LIFETIME = Duration.ofMinutes(10);

    /** A link to show on the first device; {@code token} goes into the address, never stored. */
    public record DeviceLink(String token, Instant expiresAt) {}

    /**
     * What the teacher shows a student who lost their device: {@code code} to type (say, read
     * aloud), {@code token} for the address and its QR code; either works once, until {@code expiresAt}.
     */
    public record TeacherLink(String code, String token, Instant expiresAt) {
        @Override
        public String toString() {
            return "TeacherLink[until " + expiresAt + "]";
        }
    }

    private static final int CODE_TRIES = 20;

    /** Whose place a link opens, to show before the student confirms on the new device. */
    public record LinkedPlace(String displayName, String sessionTitle) {}

    private final ParticipantLookup lookup;
    private final ParticipantRepository participants;
    private final ParticipantKeyRepository keys;
    private final ClassSessionRepository sessions;
    private final ClassSessionService sessionService;
    private final JoinThrottle throttle;
    private final Clock clock;

    DeviceLinks(
            ParticipantLookup lookup,
            ParticipantRepository participants,
            ParticipantKeyRepository keys,
            ClassSessionRepository sessions,
            ClassSessionService sessionService,
            JoinThrottle throttle,
            Clock clock) {
        this.sessionService = sessionService;
        this.lookup = lookup;
        this.participants = participants;
        this.keys = keys;
        this.sessions = sessions;
        this.throttle = throttle;
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

    /**
     * The teacher lets a student of their session back in on a new device, no account needed:
     * a fresh code and link replace any unused link of the student's. Only the session's
     * teacher or an admin may.
     */
    @Transactional
    public TeacherLink createForStudent(Actor actor, long sessionId, long participantId) {
        sessionService.owned(actor, sessionId);
        Participant participant = participants
                .lockById(participantId)
                .filter(p -> p.getSessionId() == sessionId)
                .orElseThrow(() -> new BadInputException("student", "device.teacher.student-gone"));
        keys.deleteOpenLinks(participant.getId());
        Instant now = clock.instant();
        String code = freeCode(now);
        String token = ResumeTokens.newToken();
        ParticipantKey link = keys.save(ParticipantKey.teacherLink(
                participant.getId(),
                ResumeTokens.hash(token),
                PlaceCode.hash(PlaceCode.normalize(code).orElseThrow()),
                now,
                now.plus(LIFETIME)));
        return new TeacherLink(code, token, link.getExpiresAt());
    }

    private String freeCode(Instant now) {
        for (int i = 0; i < CODE_TRIES; i++) {
            String code = PlaceCode.random();
            if (!keys.usableCodeExists(PlaceCode.hash(PlaceCode.normalize(code).orElseThrow()), now)) {
                return code;
            }
        }
        throw new IllegalStateException("No free code after " + CODE_TRIES + " tries");
    }

    /**
     * Uses a code the teacher gave: returns the new device's own resume token, or nothing if the
     * code is wrong, used or expired. Wrong codes count against the browser and its address, as
     * wrong join codes do, so that codes cannot be guessed.
     */
    @Transactional
    public Optional<String> openCode(String typed, JoinClient client) {
        if (throttle.isBlocked(client)) {
            throw new BadInputException("code", "device.code.throttled");
        }
        Instant now = clock.instant();
        Optional<ParticipantKey> link = PlaceCode.normalize(typed)
                .flatMap(code ->
                        keys.lockUsableCode(PlaceCode.hash(code), now).stream().findFirst());
        if (link.isEmpty()) {
            throttle.wrongCode(client);
            return Optional.empty();
        }
        return use(link.get(), now);
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
        return use(link.get(), now);
    }

    /** Turns a usable link, under its row lock, into a key of the new device's own. */
    private Optional<String> use(ParticipantKey link, Instant now) {
        // The student's row lock, as answering and deletion take it: a deleted student gets no new key.
        if (participants.lockById(link.getParticipantId()).isEmpty()) {
            return Optional.empty();
        }
        link.use(now);
        String deviceToken = ResumeTokens.newToken();
        keys.save(ParticipantKey.device(link.getParticipantId(), ResumeTokens.hash(deviceToken), now));
        return Optional.of(deviceToken);
    }
}
