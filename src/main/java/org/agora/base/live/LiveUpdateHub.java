package org.agora.base.live;

import java.util.function.Predicate;

/**
 * Carries "class session N changed" to the screens that watch session N. In-process now;
 * a second implementation can carry the same signals between app nodes.
 */
public interface LiveUpdateHub {

    /**
     * Runs {@code listener} each time session {@code sessionId} changes in a way {@code which}
     * accepts, on the thread that published the change (often a student's request): listeners
     * must only hand work off.
     */
    Subscription subscribe(long sessionId, Predicate<SessionChanged> which, Runnable listener);

    /** Every change of the session. */
    default Subscription subscribe(long sessionId, Runnable listener) {
        return subscribe(sessionId, change -> true, listener);
    }

    void publish(SessionChanged change);

    /**
     * How many changes of session {@code sessionId} this node has delivered since it started: it
     * moves on with every change, so what was read under one value can be handed out again until
     * the value moves.
     */
    long changes(long sessionId);

    /** Stops the deliveries of one subscription. */
    interface Subscription {
        void cancel();
    }
}
