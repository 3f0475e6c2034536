package org.agora.base.live;

/** Published by services inside a transaction; delivered to the hub once it commits. */
public record SessionChanged(long sessionId) {
}
