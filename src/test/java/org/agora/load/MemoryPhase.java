package org.agora.load;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Retained heap per joined student: the heap after a full collection with 0 students, then after
 * each step of joins (250, 500, 1,000 at full scale), and the least-squares slope through them.
 * Each student keeps its push connection open, as a browser tab does.
 */
final class MemoryPhase implements AutoCloseable {

    private final JoinStorm joins;
    private final HeapProbe heap;
    private final List<long[]> points = new ArrayList<>();
    private final Map<String, Latencies> joinLatencies = new LinkedHashMap<>();
    private final Map<String, Double> growth = new HashMap<>();
    private final List<PushSocket> sockets = new ArrayList<>();

    MemoryPhase(JoinStorm joins, HeapProbe heap) {
        this.joins = joins;
        this.heap = heap;
    }

    /** Measures at 0, then joins students up to each total in {@code totals} at {@code perSecond}. */
    MemoryPhase run(int[] totals, int perSecond) throws Exception {
        points.add(new long[] {0, heap.retainedKib()});
        Map<String, Long> before = heap.bytesByClass();
        int joined = 0;
        for (int total : totals) {
            int count = total - joined;
            joinLatencies.put(
                    count + " students at " + perSecond + "/s (to " + total + ")",
                    joins.phase("Student M" + total, count, (double) count / perSecond));
            List<Student> all = joins.joined();
            for (Student student : all.subList(joined, all.size())) {
                sockets.add(student.tab().openPush());
            }
            joined = all.size();
            points.add(new long[] {joined, heap.retainedKib()});
        }
        Map<String, Long> after = heap.bytesByClass();
        int students = joins.joined().size();
        after.forEach((type, bytes) -> growth.put(type, (bytes - before.getOrDefault(type, 0L)) / (double) students));
        return this;
    }

    /** Closes the students' push connections. */
    @Override
    public void close() {
        sockets.forEach(PushSocket::close);
    }

    /** The classes whose heap grew most per joined student, in bytes, largest first. */
    String growthPerStudent(int lines) {
        StringBuilder out = new StringBuilder("bytes per joined student  class\n");
        growth.entrySet().stream()
                .sorted(Map.Entry.<String, Double>comparingByValue().reversed())
                .limit(lines)
                .forEach(e -> out.append(String.format(Locale.ROOT, "%24.0f  %s%n", e.getValue(), e.getKey())));
        return out.toString();
    }

    /** Kibibytes of heap retained per joined student: the slope of the least-squares line. */
    double slopeKib() {
        double n = points.size();
        double sx = 0, sy = 0, sxx = 0, sxy = 0;
        for (long[] p : points) {
            sx += p[0];
            sy += p[1];
            sxx += (double) p[0] * p[0];
            sxy += (double) p[0] * p[1];
        }
        return (n * sxy - sx * sy) / (n * sxx - sx * sx);
    }

    Map<String, Latencies> joinLatencies() {
        return joinLatencies;
    }

    /** The Markdown table of students and retained heap, then the slope. */
    String table() {
        StringBuilder out = new StringBuilder("| joined students | heap after full GC (MiB) |\n|---:|---:|\n");
        for (long[] p : points) {
            out.append(String.format(Locale.ROOT, "| %d | %.1f |%n", p[0], p[1] / 1024.0));
        }
        out.append(String.format(
                Locale.ROOT,
                "%nSlope: **%.0f KB per joined student** (%.0f KiB; target at most " + "150 KB).%n",
                slopeKib() * 1.024,
                slopeKib()));
        List<Student> students = joins.joined();
        if (!students.isEmpty()) {
            Map<String, Long> tags = students.get(0).screenNodes();
            out.append(String.format(
                    Locale.ROOT,
                    "%nOne student's screen holds %d nodes; by tag: %s.%n",
                    tags.values().stream().mapToLong(Long::longValue).sum(),
                    tags));
        }
        return out.toString();
    }
}
