package org.agora.base.live;

/**
 * Published by services inside a transaction; delivered to the hub once it commits.
 * {@code participantId} names the student whose join or answer it was (null for the
 * teacher's changes), so that a student's screen can ignore the rest of the class.
 */
public record SessionChanged(long sessionId, Kind kind, Long participantId) {

    /** What changed. */
    public enum Kind {
        /** A student joined. */
        JOINED,
        /** A student's answer was stored. */
        ANSWERED,
        /** The teacher changed the session: pacing, the wall, closing. */
        PACED,
        /** A student came online or went offline (no student screen needs to hear it). */
        PRESENCE,
        /** The teacher chose what the projector shows (no student screen needs to hear it). */
        PROJECTED
    }

    public static SessionChanged paced(long sessionId) {
        return new SessionChanged(sessionId, Kind.PACED, null);
    }

    public static SessionChanged projected(long sessionId) {
        return new SessionChanged(sessionId, Kind.PROJECTED, null);
    }

    public static SessionChanged presence(long sessionId) {
        return new SessionChanged(sessionId, Kind.PRESENCE, null);
    }
}
