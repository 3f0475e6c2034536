package org.agora.lesson;

/** A draft may still change; a published revision is frozen, because classes are bound to it. */
public enum RevisionStatus {
    DRAFT,
    PUBLISHED
}
