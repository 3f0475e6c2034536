package org.agora.account;

/** What the audit log records. */
public enum AuditAction {
    ACCOUNT_CREATED,
    ACCOUNT_DISABLED,
    ACCOUNT_ENABLED,
    PASSWORD_RESET,
    PASSWORD_CHANGED,
    LESSON_CREATED,
    LESSON_SAVED,
    LESSON_PUBLISHED,
    LESSON_ARCHIVED,
    LESSON_RESTORED,
    BACKUP_MADE,
    BACKUP_DOWNLOADED
}
