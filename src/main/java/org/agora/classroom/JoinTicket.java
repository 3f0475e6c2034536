package org.agora.classroom;

/** What joining hands back: the secret token the browser keeps, and who joined where. */
public record JoinTicket(String resumeToken, long sessionId, long participantId, String displayName) {

    @Override
    public String toString() {
        return "JoinTicket[session=" + sessionId + ", participant=" + participantId + "]";
    }
}
