package org.agora.load;

import java.net.URI;
import java.net.http.HttpClient;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;

/** Students joining on a fixed schedule; the joined ones are kept for the scenarios after it. */
final class JoinStorm {

    private final Schedule schedule;
    private final HttpClient http;
    private final URI base;
    private final String code;
    private final Queue<Student> joined = new ConcurrentLinkedQueue<>();

    JoinStorm(Schedule schedule, HttpClient http, URI base, String code) {
        this.schedule = schedule;
        this.http = http;
        this.base = base;
        this.code = code;
    }

    /** {@code count} students join spread over {@code seconds}; latency from each one's scheduled time. */
    Latencies phase(String label, int count, double seconds) throws InterruptedException {
        Latencies latencies = new Latencies();
        schedule.run(
                count,
                seconds,
                index -> {
                    Student student = new Student(http, base, label + " " + (index + 1));
                    student.join(code);
                    joined.add(student);
                },
                latencies,
                (long) seconds + 120);
        return latencies;
    }

    /** Characters the server wrote to a student for the join, on average. */
    long replyCharsPerJoin() {
        return joined.isEmpty()
                ? 0
                : joined.stream().mapToLong(Student::receivedChars).sum() / joined.size();
    }

    List<Student> joined() {
        return List.copyOf(joined);
    }
}
