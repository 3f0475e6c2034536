package org.agora.load;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Latencies of one kind of action, in milliseconds, and how many failed; thread-safe. */
final class Latencies {

    private final List<Long> millis = new ArrayList<>();
    private final List<String> failures = new ArrayList<>();

    synchronized void record(long ms) {
        millis.add(ms);
    }

    synchronized void fail(String reason) {
        failures.add(reason);
    }

    synchronized int count() {
        return millis.size();
    }

    synchronized List<String> failures() {
        return List.copyOf(failures);
    }

    /** The nearest-rank percentile, or -1 with no sample. */
    synchronized long percentile(double p) {
        if (millis.isEmpty()) {
            return -1;
        }
        List<Long> sorted = new ArrayList<>(millis);
        Collections.sort(sorted);
        int rank = (int) Math.ceil(p / 100.0 * sorted.size());
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, rank - 1)));
    }

    /** One Markdown table row: name, count, failures, p50, p95, p99, max. */
    String row(String name) {
        return "| " + name + " | " + count() + " | " + failures().size() + " | " + percentile(50) + " | "
                + percentile(95) + " | " + percentile(99) + " | " + percentile(100) + " |";
    }

    static String header() {
        return "| What | Done | Failed | p50 ms | p95 ms | p99 ms | max ms |\n|---|---:|---:|---:|---:|---:|---:|";
    }
}
