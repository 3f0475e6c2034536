package org.agora;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;
import org.hibernate.resource.jdbc.spi.StatementInspector;

/**
 * Counts every SQL statement Hibernate prepares in the test context, on every thread: the
 * tests that guard "one read per change" compare the count before and after an action.
 */
public final class CountedStatements implements StatementInspector {

    private static final AtomicLong COUNT = new AtomicLong();

    /** Counts by statement text (Hibernate's statements are few and fixed, with "?" for values). */
    private static final Map<String, AtomicLong> BY_TEXT = new ConcurrentHashMap<>();

    @Override
    public String inspect(String sql) {
        COUNT.incrementAndGet();
        BY_TEXT.computeIfAbsent(sql, text -> new AtomicLong()).incrementAndGet();
        return sql;
    }

    /** Statements prepared so far in this test JVM, by text, for those {@code which} accepts. */
    public static Map<String, Long> byText(Predicate<String> which) {
        Map<String, Long> counts = new java.util.TreeMap<>();
        BY_TEXT.forEach((text, count) -> {
            if (which.test(text)) {
                counts.put(text, count.get());
            }
        });
        return counts;
    }

    /** Statements prepared so far in this test JVM whose text {@code which} accepts. */
    public static long count(Predicate<String> which) {
        return BY_TEXT.entrySet().stream()
                .filter(e -> which.test(e.getKey()))
                .mapToLong(e -> e.getValue().get())
                .sum();
    }

    /** Statements prepared so far in this test JVM. */
    public static long count() {
        return COUNT.get();
    }
}
