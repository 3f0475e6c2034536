package org.agora.lesson;

/**
 * A lesson in the admin's list: its newest title, its latest published revision (if any),
 * whether a draft is waiting, and whether it is archived.
 */
public record LessonOverview(
        long lessonId,
        String slug,
        String title,
        Long publishedRevisionId,
        Integer publishedNumber,
        Integer draftNumber,
        boolean archived) {}
