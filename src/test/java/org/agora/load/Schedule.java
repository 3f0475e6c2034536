package org.agora.load;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * An open-model arrival schedule: each action's start time is fixed before the run, and its
 * latency counts from that time, so a slow server cannot hide queueing (no coordinated omission).
 */
final class Schedule {

    /** An action that may fail; its latency is measured by the schedule. */
    interface Action {
        void run(int index) throws Exception;
    }

    private final ScheduledExecutorService clock;
    private final ExecutorService workers;

    Schedule(ScheduledExecutorService clock, ExecutorService workers) {
        this.clock = clock;
        this.workers = workers;
    }

    /**
     * Runs {@code count} actions spread evenly over {@code seconds}, recording each latency from
     * its scheduled start; waits for all, at most {@code limitSeconds}, counting the rest as failed.
     */
    void run(int count, double seconds, Action action, Latencies into, long limitSeconds) throws InterruptedException {
        CountDownLatch done = new CountDownLatch(count);
        long start = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(200);
        List<Future<?>> started = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            int index = i;
            long due = start + (long) (i * seconds * 1e9 / count);
            started.add(clock.schedule(
                    () -> workers.execute(() -> {
                        try {
                            action.run(index);
                            into.record(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - due));
                        } catch (Exception e) {
                            into.fail(e.getClass().getSimpleName() + ": " + e.getMessage());
                        } finally {
                            done.countDown();
                        }
                    }),
                    due - System.nanoTime(),
                    TimeUnit.NANOSECONDS));
        }
        if (!done.await(limitSeconds, TimeUnit.SECONDS)) {
            started.forEach(f -> f.cancel(false));
            for (long i = done.getCount(); i > 0; i--) {
                into.fail("not finished within " + limitSeconds + " s");
            }
        }
    }
}
