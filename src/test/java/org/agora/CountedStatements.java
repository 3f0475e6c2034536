package org.agora;

import java.util.concurrent.atomic.AtomicLong;
import org.hibernate.resource.jdbc.spi.StatementInspector;

/**
 * Counts every SQL statement Hibernate prepares in the test context, on every thread: the
 * tests that guard "one read per change" compare the count before and after an action.
 */
public final class CountedStatements implements StatementInspector {

    private static final AtomicLong COUNT = new AtomicLong();

    @Override
    public String inspect(String sql) {
        COUNT.incrementAndGet();
        return sql;
    }

    /** Statements prepared so far in this test JVM. */
    public static long count() {
        return COUNT.get();
    }
}
