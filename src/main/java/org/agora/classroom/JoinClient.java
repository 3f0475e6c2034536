package org.agora.classroom;

/**
 * Who is trying codes, for slowing down guessing only: the browser (its server session) and
 * its network address. Kept in memory for a minute, never stored.
 */
public record JoinClient(String browser, String address) {

    /** For joins that no person types (tests, first-run tasks). */
    public static final JoinClient NONE = new JoinClient(null, null);
}
