package org.agora.classroom;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import org.agora.base.live.SessionChanged;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Which students have a lesson screen open right now, counted per screen (two tabs count
 * once, and closing one leaves the student online). Kept in memory: it describes this
 * moment on this server, and a restart rightly starts from nobody.
 */
@Component
public class Presence {

    private final Map<Long, Map<Long, Integer>> screens = new ConcurrentHashMap<>();
    private final ApplicationEventPublisher events;

    Presence(ApplicationEventPublisher events) {
        this.events = events;
    }

    /** A screen of this student opened; run the returned action when it closes (running it twice does nothing). */
    public Runnable enter(long sessionId, long participantId) {
        int[] open = new int[1];
        // One atomic step per session, so a last screen leaving cannot drop the map this one joins.
        screens.compute(sessionId, (id, students) -> {
            Map<Long, Integer> now = students == null ? new ConcurrentHashMap<>() : students;
            open[0] = now.merge(participantId, 1, Integer::sum);
            return now;
        });
        if (open[0] == 1) {
            events.publishEvent(SessionChanged.presence(sessionId));
        }
        AtomicBoolean left = new AtomicBoolean();
        return () -> {
            if (left.compareAndSet(false, true)) {
                leave(sessionId, participantId);
            }
        };
    }

    private void leave(long sessionId, long participantId) {
        boolean[] gone = new boolean[1];
        screens.computeIfPresent(sessionId, (id, students) -> {
            students.computeIfPresent(participantId, (p, n) -> {
                gone[0] = n == 1;
                return n == 1 ? null : n - 1;
            });
            return students.isEmpty() ? null : students;
        });
        if (gone[0]) {
            events.publishEvent(SessionChanged.presence(sessionId));
        }
    }

    /** The students of this session with a screen open now. */
    public Set<Long> online(long sessionId) {
        return Set.copyOf(screens.getOrDefault(sessionId, Map.of()).keySet());
    }
}
