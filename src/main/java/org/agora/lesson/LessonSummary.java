package org.agora.lesson;

/** A published revision a teacher can start a class session on. */
public record LessonSummary(long revisionId, String slug, int revisionNumber, String title) {}
