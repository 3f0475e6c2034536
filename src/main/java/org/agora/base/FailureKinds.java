package org.agora.base;

import java.util.ArrayList;
import java.util.List;

/**
 * What a failure was, for the log, without its messages: a database error's message quotes the
 * row it could not write, and so a student's name or answer (decision 0019).
 */
public final class FailureKinds {

    private static final int MAX_CAUSES = 10;

    private FailureKinds() {}

    /** Each cause's class and where it was thrown: {@code A at X.f(X.java:3) <- B at ...}. */
    public static String of(Throwable failure) {
        List<String> kinds = new ArrayList<>();
        for (Throwable t = failure; t != null && kinds.size() < MAX_CAUSES; t = t.getCause()) {
            StackTraceElement[] trace = t.getStackTrace();
            kinds.add(t.getClass().getName() + (trace.length == 0 ? "" : " at " + trace[0]));
        }
        return String.join(" <- ", kinds);
    }

    /**
     * The same chain of causes with the same stacks, each message replaced by its class name:
     * for logging a failure nobody expected in full, still without what a student typed.
     */
    public static Throwable withoutMessages(Throwable failure) {
        Throwable copy = new Throwable(failure.getClass().getName());
        copy.setStackTrace(failure.getStackTrace());
        Throwable cause = failure.getCause();
        if (cause != null && cause != failure) {
            copy.initCause(withoutMessages(cause));
        }
        return copy;
    }
}
