package org.agora.base.live;

/**
 * Carries "class session N changed" to the screens that watch session N. In-process now;
 * a second implementation can carry the same signals between app nodes.
 */
public interface LiveUpdateHub {

    /**
     * Runs {@code listener} each time session {@code sessionId} changes, on the thread that
     * published the change (often a student's request): listeners must only hand work off.
     */
    Subscription subscribe(long sessionId, Runnable listener);

    void publish(long sessionId);

    /** Stops the deliveries of one subscription. */
    interface Subscription {
        void cancel();
    }
}
