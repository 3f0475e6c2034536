package org.agora.base;

import java.util.Locale;

/** Tells which database constraint refused a write, so that only the expected refusals are handled. */
public final class Constraints {

    private Constraints() {}

    /** True when {@code failure} or one of its causes names the constraint {@code name}. */
    public static boolean violated(Throwable failure, String name) {
        String wanted = name.toUpperCase(Locale.ROOT);
        for (Throwable t = failure; t != null; t = t.getCause()) {
            String message = t.getMessage();
            if (message != null && message.toUpperCase(Locale.ROOT).contains(wanted)) {
                return true;
            }
        }
        return false;
    }
}
