package org.agora.classroom;

import java.time.Clock;
import java.time.Duration;
import org.agora.base.BadInputException;
import org.agora.base.RateLimit;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * How many students one class takes, and how fast from one network address: a client making up
 * students by the hundred would otherwise bury the teacher's list and slow the dashboard. A
 * whole class behind a school's one address joins within a minute; the cap leaves the teacher a
 * list they can still clean up by hand.
 */
@Component
class JoinLimits {

    static final Duration WINDOW = Duration.ofMinutes(1);

    private final int maxStudents;
    private final RateLimit joinsPerAddress;

    JoinLimits(
            @Value("${agora.class.max-students:300}") int maxStudents,
            @Value("${agora.class.joins-per-address-per-minute:60}") int joinsPerAddressPerMinute,
            Clock clock) {
        if (maxStudents < 1 || joinsPerAddressPerMinute < 1) {
            throw new IllegalArgumentException(
                    "agora.class.max-students and " + "agora.class.joins-per-address-per-minute must be at least 1");
        }
        this.maxStudents = maxStudents;
        this.joinsPerAddress = new RateLimit(joinsPerAddressPerMinute, WINDOW, clock);
    }

    /** Refuses the join when the class is full or its address has used up this minute's joins. */
    void check(ClassSession session, long students, JoinClient client) {
        if (students >= maxStudents) {
            throw new BadInputException("code", "join.class.full", maxStudents);
        }
        if (client.address() != null && joinsPerAddress.exhausted(key(session, client))) {
            throw new BadInputException("code", "join.class.wait");
        }
    }

    /** Counts a student who joined. */
    void joined(ClassSession session, JoinClient client) {
        if (client.address() != null) {
            joinsPerAddress.record(key(session, client));
        }
    }

    private static String key(ClassSession session, JoinClient client) {
        return session.getId() + " " + client.address();
    }
}
