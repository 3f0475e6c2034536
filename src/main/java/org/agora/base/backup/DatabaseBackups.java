package org.agora.base.backup;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.agora.base.OwnerOnly;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;

/**
 * Copies the running H2 database into {@code <data dir>/backups} (H2's online {@code BACKUP TO}),
 * every night and on demand, and keeps only the newest ones.
 */
@Service
public class DatabaseBackups {

    private static final Logger log = LoggerFactory.getLogger(DatabaseBackups.class);

    static final String FOLDER = "backups";
    /** Only finished backups carry this name; the UTC time makes names sort and read as dates. */
    private static final Pattern NAME = Pattern.compile("agora-(\\d{8}T\\d{6}Z)\\.zip");

    private static final DateTimeFormatter STAMP =
            DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);
    /** Written under this name and moved into place when complete, so a half-written backup is never listed. */
    private static final String IN_PROGRESS = "backup-in-progress.part";
    /** H2's code for "Database is not persistent" (an in-memory database has no file to copy). */
    private static final int NOT_PERSISTENT = 90126;

    private final DataSource dataSource;
    private final Path folder;
    private final int keep;
    private final Clock clock;

    public DatabaseBackups(
            DataSource dataSource,
            @Value("${agora.data-dir}") String dataDir,
            @Value("${agora.backup.keep:7}") int keep,
            Clock clock) {
        if (keep < 1) {
            throw new BackupSettingException(
                    "agora.backup.keep (AGORA_BACKUP_KEEP) is " + keep + "; Agora must keep at least 1 backup.");
        }
        this.dataSource = dataSource;
        this.folder = Path.of(dataDir, FOLDER).toAbsolutePath().normalize();
        this.keep = keep;
        this.clock = clock;
    }

    /** How many backups are kept. */
    public int keep() {
        return keep;
    }

    @Scheduled(cron = "${agora.backup.cron:0 30 2 * * *}")
    void nightly() {
        try {
            backUp();
        } catch (BackupFailedException alreadyLogged) {
            // The next night tries again; the admin sees the gap on the backups screen.
        }
    }

    /**
     * Makes a backup now and then deletes the oldest beyond the number kept. Two backups in the
     * same second share a name; the later one replaces the earlier.
     */
    public synchronized BackupFile backUp() {
        String name = "agora-" + STAMP.format(clock.instant()) + ".zip";
        Path part = folder.resolve(IN_PROGRESS);
        Path done = folder.resolve(name);
        try {
            Files.createDirectories(folder);
            OwnerOnly.tighten(folder);
            Files.deleteIfExists(part);
            copyDatabaseTo(part);
            OwnerOnly.tighten(part);
            Files.move(part, done, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (SQLException e) {
            deleteQuietly(part);
            log.error("Backup {} failed: {}", name, e.getMessage());
            throw new BackupFailedException(
                    e, e.getErrorCode() == NOT_PERSISTENT ? "backup.not-a-file" : "backup.failed", name);
        } catch (IOException e) {
            deleteQuietly(part);
            log.error("Backup {} failed: {}", name, e.toString());
            throw new BackupFailedException(e, "backup.failed", name);
        }
        BackupFile made = describe(done).orElseThrow();
        log.info("Backup {} made ({} bytes)", made.name(), made.size());
        deleteBeyondKept();
        return made;
    }

    /** The finished backups, newest first. */
    public List<BackupFile> list() {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(this::describe)
                    .flatMap(Optional::stream)
                    .sorted(Comparator.comparing(BackupFile::madeAt).reversed())
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The file of the backup of this name, only if it is one of {@link #list()}: no other path can be asked for. */
    public Optional<Path> file(String name) {
        return list().stream().filter(b -> b.name().equals(name)).findFirst().map(b -> folder.resolve(b.name()));
    }

    private void copyDatabaseTo(Path target) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute("BACKUP TO '" + target.toString().replace("'", "''") + "'");
        }
    }

    private void deleteBeyondKept() {
        List<BackupFile> all = list();
        for (BackupFile old : all.subList(Math.min(keep, all.size()), all.size())) {
            try {
                Files.deleteIfExists(folder.resolve(old.name()));
                log.info("Backup {} deleted ({} bytes): {} newer ones are kept", old.name(), old.size(), keep);
            } catch (IOException e) {
                log.warn("Backup {} could not be deleted: {}", old.name(), e.toString());
            }
        }
    }

    private Optional<BackupFile> describe(Path file) {
        String name = file.getFileName().toString();
        Matcher matcher = NAME.matcher(name);
        if (!matcher.matches() || !Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            return Optional.of(new BackupFile(name, STAMP.parse(matcher.group(1), Instant::from), Files.size(file)));
        } catch (IOException | java.time.DateTimeException e) {
            return Optional.empty();
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            log.warn("Unfinished backup {} could not be deleted: {}", file.getFileName(), e.toString());
        }
    }
}
