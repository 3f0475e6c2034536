package org.agora.account;

import java.nio.file.Path;
import java.util.List;
import org.agora.base.BadInputException;
import org.agora.base.NotAllowedException;
import org.agora.base.backup.BackupFile;
import org.agora.base.backup.DatabaseBackups;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The admins' side of the database backups: list, back up now, download; the last two go in the audit log. */
@Service
public class BackupAdministration {

    private final DatabaseBackups backups;
    private final AuditLog audit;
    private final ActiveAccounts active;

    BackupAdministration(DatabaseBackups backups, AuditLog audit, ActiveAccounts active) {
        this.active = active;
        this.backups = backups;
        this.audit = audit;
    }

    /** The finished backups, newest first. */
    public List<BackupFile> list(Actor actor) {
        requireAdmin(actor);
        return backups.list();
    }

    /** How many backups are kept before the oldest is deleted. */
    public int keep() {
        return backups.keep();
    }

    @Transactional
    public BackupFile backUpNow(Actor actor) {
        requireAdmin(actor);
        BackupFile made = backups.backUp();
        audit.record(actor, AuditAction.BACKUP_MADE, null, made.name());
        return made;
    }

    /** The file of a listed backup, to send to the admin; any other name is refused. */
    @Transactional
    public Path download(Actor actor, String name) {
        requireAdmin(actor);
        Path file = backups.file(name).orElseThrow(() -> new BadInputException("backup", "backup.unknown"));
        audit.record(actor, AuditAction.BACKUP_DOWNLOADED, null, name);
        return file;
    }

    private void requireAdmin(Actor actor) {
        if (!active.check(actor).isAdmin()) {
            throw new NotAllowedException("backup.refused");
        }
    }
}
