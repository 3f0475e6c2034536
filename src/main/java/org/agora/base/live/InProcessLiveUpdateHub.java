package org.agora.base.live;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArraySet;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;
import org.agora.base.FailureKinds;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/** The hub of a single app node: a map from session id to the listeners of its screens. */
@Component
class InProcessLiveUpdateHub implements LiveUpdateHub {

    private static final Logger log = LoggerFactory.getLogger(InProcessLiveUpdateHub.class);

    private record Listener(Predicate<SessionChanged> which, Runnable action) {}

    private final Map<Long, Set<Listener>> listeners = new ConcurrentHashMap<>();
    /** A counter per session that changed since start (a few dozen bytes each, a few per class a day). */
    private final Map<Long, AtomicLong> changes = new ConcurrentHashMap<>();

    @Override
    public Subscription subscribe(long sessionId, Predicate<SessionChanged> which, Runnable action) {
        Listener listener = new Listener(which, action);
        listeners.computeIfAbsent(sessionId, id -> new CopyOnWriteArraySet<>()).add(listener);
        return () -> listeners.computeIfPresent(sessionId, (id, set) -> {
            set.remove(listener);
            return set.isEmpty() ? null : set;
        });
    }

    @Override
    public void publish(SessionChanged change) {
        changes.computeIfAbsent(change.sessionId(), id -> new AtomicLong()).incrementAndGet();
        for (Listener listener : listeners.getOrDefault(change.sessionId(), Set.of())) {
            try {
                if (listener.which().test(change)) {
                    listener.action().run();
                }
            } catch (RuntimeException e) {
                log.warn("A live-update listener of session {} failed: {}", change.sessionId(), FailureKinds.of(e));
            }
        }
    }

    @Override
    public long changes(long sessionId) {
        AtomicLong count = changes.get(sessionId);
        return count == null ? 0 : count.get();
    }

    /** How many screens follow this session now. */
    int listenerCount(long sessionId) {
        return listeners.getOrDefault(sessionId, Set.of()).size();
    }

    /** Screens hear of a change only after it is committed, so what they re-read is there. */
    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void onSessionChanged(SessionChanged event) {
        publish(event);
    }
}
