package org.agora.load;

import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BiConsumer;

/**
 * Joined students send answers of every kind (single and multiple choice, true/false, short text,
 * debate) at a stepped rate; an answer counts as acknowledged when the student's screen shows it
 * stored (Saved, Correct or Incorrect).
 */
final class ClassBurst {

    private static final Set<String> STORED = Set.of("Saved", "Correct", "Incorrect");

    private final Schedule schedule;
    private final List<Student> students;
    private final AtomicInteger next = new AtomicInteger();
    private final AtomicInteger acknowledged = new AtomicInteger();
    /** Told of each acknowledged answer: when Send was clicked and when the screen showed it stored. */
    private volatile BiConsumer<Long, Long> onAcknowledged = (sent, shown) -> {};

    private final AtomicLong replyChars = new AtomicLong();

    ClassBurst(Schedule schedule, List<Student> students) {
        this.schedule = schedule;
        this.students = students;
    }

    /** Answers still available: one per student and question. */
    int remaining() {
        return students.size() * AnswerKinds.ALL.size() - next.get();
    }

    /** {@code count} answers at {@code perSecond}; round trip from each one's scheduled time. */
    Latencies step(int perSecond, int count) throws InterruptedException {
        Latencies latencies = new Latencies();
        int first = next.getAndAdd(count);
        schedule.run(
                count,
                (double) count / perSecond,
                index -> {
                    // Each student answers each kind once; neighbouring answers are of different kinds.
                    int n = first + index;
                    int studentIndex = n % students.size();
                    Student student = students.get(studentIndex);
                    AnswerKinds.Kind kind =
                            AnswerKinds.ALL.get((n / students.size() + studentIndex) % AnswerKinds.ALL.size());
                    String state;
                    synchronized (student) {
                        long before = student.receivedChars();
                        state = student.answer(kind.questionKey(), kind.values());
                        replyChars.addAndGet(student.receivedChars() - before);
                        if (STORED.contains(state)) {
                            acknowledged.incrementAndGet();
                            onAcknowledged.accept(student.lastSend(), System.nanoTime());
                        }
                    }
                    if (!STORED.contains(state)) {
                        throw new IllegalStateException("screen shows \"" + state + "\"");
                    }
                },
                latencies,
                count / perSecond + 120L);
        return latencies;
    }

    /** Who hears of each acknowledged answer from now on. */
    void onAcknowledged(BiConsumer<Long, Long> listener) {
        onAcknowledged = listener;
    }

    int acknowledged() {
        return acknowledged.get();
    }

    /** Characters the server wrote back per answer (both requests), on average. */
    long replyCharsPerAnswer() {
        return next.get() == 0 ? 0 : replyChars.get() / next.get();
    }
}
