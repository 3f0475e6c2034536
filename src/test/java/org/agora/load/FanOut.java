package org.agora.load;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Predicate;

/**
 * A teacher's action that every student screen must show, timed from the click to its arrival
 * on each screen over the students' push connections.
 */
final class FanOut {

    private FanOut() {}

    /** Clicks {@code buttonId} on the teacher's screen; each student's screen is watched for {@code arrived}. */
    static Latencies time(
            Teacher teacher, String buttonId, List<Student> students, Predicate<NodeTree> arrived, long seconds)
            throws Exception {
        List<CompletableFuture<Long>> arrivals = new ArrayList<>();
        students.forEach(student -> arrivals.add(student.tab().when(arrived)));
        long clicked = System.nanoTime();
        Latencies latencies = new Latencies();
        try {
            teacher.click(buttonId);
        } catch (java.io.IOException slow) {
            // The click may have been carried out though its reply never came: the screens still tell.
            latencies.fail("the teacher's click got no reply: " + slow.getMessage());
            System.err.println("The teacher's click on " + buttonId + " got no reply: " + slow.getMessage());
        }
        long deadline = clicked + TimeUnit.SECONDS.toNanos(seconds);
        for (CompletableFuture<Long> arrival : arrivals) {
            try {
                long left = Math.max(1, deadline - System.nanoTime());
                latencies.record(TimeUnit.NANOSECONDS.toMillis(arrival.get(left, TimeUnit.NANOSECONDS) - clicked));
            } catch (TimeoutException late) {
                latencies.fail("not on the screen within " + seconds + " s");
            }
        }
        return latencies;
    }
}
