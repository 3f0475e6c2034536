package org.agora.classroom;

import java.time.Clock;
import java.util.Locale;
import org.agora.base.BadInputException;
import org.agora.base.Constraints;
import org.agora.base.TextRules;
import org.agora.base.live.SessionChanged;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** A student joins a class session with its code and a display name. */
@Service
public class JoinService {

    /** Longest display name, in characters as people count them (an emoji is one). */
    public static final int NAME_MAX = 40;

    private final ClassSessionRepository sessions;
    private final ParticipantRepository participants;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transaction;
    private final JoinThrottle throttle;
    private final JoinLimits limits;
    private final Clock clock;

    JoinService(
            ClassSessionRepository sessions,
            ParticipantRepository participants,
            ApplicationEventPublisher events,
            PlatformTransactionManager transactions,
            JoinThrottle throttle,
            JoinLimits limits,
            Clock clock) {
        this.sessions = sessions;
        this.participants = participants;
        this.throttle = throttle;
        this.limits = limits;
        this.events = events;
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    /**
     * Joins, or refuses with a message for the student. Two students racing for the same
     * name are told apart by the database's unique constraint.
     */
    public JoinTicket join(String typedCode, String typedName) {
        return join(typedCode, typedName, JoinClient.NONE);
    }

    /**
     * Joins on behalf of a person at a browser; wrong codes from it are counted and slowed down,
     * and joins from its address to one class are limited per minute (see {@link JoinLimits}).
     */
    public JoinTicket join(String typedCode, String typedName, JoinClient client) {
        if (throttle.isBlocked(client)) {
            throw new BadInputException("code", "join.code.throttled");
        }
        String code = JoinCode.normalize(typedCode)
                .orElseThrow(
                        () -> wrongCode(client, new BadInputException("code", "join.code.malformed", JoinCode.LENGTH)));
        String name = checkName(typedName);
        String nameKey = name.toLowerCase(Locale.ROOT);
        try {
            JoinTicket ticket = transaction.execute(status -> {
                // The session's row lock: a join waits for a deletion of the session in progress, then fails cleanly.
                ClassSession session = sessions.findByJoinCode(code)
                        .flatMap(found -> sessions.lockById(found.getId()))
                        .orElseThrow(() -> wrongCode(client, new BadInputException("code", "join.code.unknown", code)));
                if (!session.isOpen()) {
                    throw new BadInputException("code", "join.code.closed", code);
                }
                // Under the session's row lock, so racing joins cannot pass the cap together.
                limits.check(session, participants.countBySessionId(session.getId()), client);
                if (participants.existsBySessionIdAndNameKey(session.getId(), nameKey)) {
                    throw nameTaken(session.getId(), name);
                }
                String token = ResumeTokens.newToken();
                Participant participant = participants.saveAndFlush(
                        new Participant(session.getId(), name, nameKey, ResumeTokens.hash(token), clock.instant()));
                limits.joined(session, client);
                events.publishEvent(
                        new SessionChanged(session.getId(), SessionChanged.Kind.JOINED, participant.getId()));
                return new JoinTicket(token, session.getId(), participant.getId(), name);
            });
            return ticket;
        } catch (DataIntegrityViolationException raced) {
            if (!Constraints.violated(raced, "uk_participant_name")) {
                throw raced;
            }
            throw new BadInputException("name", "join.name.just-taken", name);
        }
    }

    private BadInputException wrongCode(JoinClient client, BadInputException refusal) {
        throttle.wrongCode(client);
        return refusal;
    }

    static String checkName(String typedName) {
        String name = TextRules.clean(typedName);
        if (name.isEmpty()) {
            throw new BadInputException("name", "join.name.empty");
        }
        if (TextRules.length(name) > Participant.NAME_MAX) {
            throw new BadInputException("name", "join.name.too-long", TextRules.length(name), Participant.NAME_MAX);
        }
        if (TextRules.hasHiddenCharacters(name)) {
            throw new BadInputException("name", "join.name.hidden-characters");
        }
        return name;
    }

    private BadInputException nameTaken(long sessionId, String name) {
        String suggestion = name;
        for (int n = 2; n < 100; n++) {
            String candidate = name + " " + n;
            if (TextRules.length(candidate) <= Participant.NAME_MAX
                    && !participants.existsBySessionIdAndNameKey(sessionId, candidate.toLowerCase(Locale.ROOT))) {
                suggestion = candidate;
                break;
            }
        }
        return new BadInputException("name", "join.name.taken", name, suggestion);
    }
}
