package org.agora.load;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Answer-to-dashboard latency: the teacher's dashboard counts the answers stored, and its push
 * connection brings each new count. The k-th answer acknowledged (in the order the students'
 * screens showed them stored) has appeared once the count reaches k; its latency runs from
 * its Send click to the first push that shows a count of k or more.
 */
final class DashboardProbe {

    private record Shown(long at, int count) {}

    private record Answer(long sent, long acknowledged) {}

    private final List<Shown> shown = new ArrayList<>();
    private final List<Answer> answers = new ArrayList<>();
    private int before = -1;

    DashboardProbe(Teacher teacher) {
        teacher.tab().observe(this::screen);
    }

    private synchronized void screen(long at, NodeTree tree) {
        int count = Teacher.answersShown(tree);
        if (before < 0) {
            before = count;
        } else if (shown.isEmpty() || count > shown.get(shown.size() - 1).count()) {
            shown.add(new Shown(at, count));
            notifyAll();
        }
    }

    synchronized void acknowledged(long sent, long shownToStudent) {
        answers.add(new Answer(sent, shownToStudent));
    }

    /** Waits up to {@code seconds} for the dashboard to show every acknowledged answer, then measures. */
    Latencies latencies(long seconds) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        synchronized (this) {
            while (lastCount() < before + answers.size() && System.nanoTime() < deadline) {
                wait(100);
            }
            Latencies latencies = new Latencies();
            List<Answer> inOrder = new ArrayList<>(answers);
            inOrder.sort(Comparator.comparingLong(Answer::acknowledged));
            for (int k = 0; k < inOrder.size(); k++) {
                int rank = before + k + 1;
                long sent = inOrder.get(k).sent();
                shown.stream()
                        .filter(s -> s.count() >= rank)
                        .findFirst()
                        .ifPresentOrElse(
                                s -> latencies.record(Math.max(0, TimeUnit.NANOSECONDS.toMillis(s.at() - sent))),
                                () -> latencies.fail("not on the dashboard within " + seconds + " s"));
            }
            return latencies;
        }
    }

    private int lastCount() {
        return shown.isEmpty() ? before : shown.get(shown.size() - 1).count();
    }
}
