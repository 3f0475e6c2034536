package org.agora.base.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.BeanCreationException;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.diagnostics.FailureAnalyzer;
import org.springframework.core.io.support.SpringFactoriesLoader;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/** Backups of a database file opened as the app opens it: what is written, listed, kept and offered. */
class DatabaseBackupsTest {

    private static final Instant NIGHT = Instant.parse("2026-11-26T02:30:00Z");

    @TempDir
    Path dataDir;

    @Test
    void a_backup_is_a_zip_of_the_database_file_named_for_its_utc_time() throws Exception {
        DatabaseBackups backups =
                new DatabaseBackups(AppDatabase.open(dataDir), dataDir.toString(), 7, new AppDatabase.HandClock(NIGHT));

        BackupFile made = backups.backUp();

        assertThat(made.name()).isEqualTo("agora-20261126T023000Z.zip");
        assertThat(made.madeAt()).isEqualTo(NIGHT);
        Path file = dataDir.resolve("backups").resolve(made.name());
        assertThat(made.size()).isEqualTo(Files.size(file)).isPositive();
        try (ZipFile zip = new ZipFile(file.toFile())) {
            assertThat(zip.getEntry("agora.mv.db")).isNotNull();
        }
        assertThat(backups.list()).containsExactly(made);
    }

    @Test
    void backups_are_listed_newest_first_and_only_the_newest_ones_are_kept() throws Exception {
        AppDatabase.HandClock clock = new AppDatabase.HandClock(NIGHT);
        DatabaseBackups backups = new DatabaseBackups(AppDatabase.open(dataDir), dataDir.toString(), 2, clock);

        backups.backUp();
        clock.advanceSeconds(86_400);
        backups.backUp();
        clock.advanceSeconds(86_400);
        backups.backUp();

        assertThat(backups.list())
                .extracting(BackupFile::name)
                .containsExactly("agora-20261128T023000Z.zip", "agora-20261127T023000Z.zip");
        assertThat(dataDir.resolve("backups/agora-20261126T023000Z.zip")).doesNotExist();
    }

    @Test
    void a_half_written_backup_and_other_files_are_neither_listed_nor_offered_for_download() throws Exception {
        DatabaseBackups backups =
                new DatabaseBackups(AppDatabase.open(dataDir), dataDir.toString(), 7, new AppDatabase.HandClock(NIGHT));
        BackupFile made = backups.backUp();
        Path folder = dataDir.resolve("backups");
        Files.writeString(folder.resolve("backup-in-progress.part"), "half");
        Files.writeString(folder.resolve("agora-notes.zip"), "not a backup");

        assertThat(backups.list()).containsExactly(made);
        assertThat(backups.file(made.name())).contains(folder.resolve(made.name()));
        assertThat(backups.file("backup-in-progress.part")).isEmpty();
        assertThat(backups.file("../agora.mv.db")).isEmpty();
        assertThat(backups.file("../backups/" + made.name())).isEmpty();
    }

    @Test
    void keeping_fewer_than_one_backup_is_refused_at_start_up() {
        assertThatThrownBy(() -> new DatabaseBackups(
                        new DriverManagerDataSource(), dataDir.toString(), 0, new AppDatabase.HandClock(NIGHT)))
                .isInstanceOf(BackupSettingException.class)
                .hasMessage("agora.backup.keep (AGORA_BACKUP_KEEP) is 0; Agora must keep at least 1 backup.");
    }

    @Test
    void the_refused_setting_is_reported_at_start_up_as_what_to_fix_not_as_a_stack_trace() {
        BackupSettingFailureAnalyzer registered = SpringFactoriesLoader.forDefaultResourceLocation()
                .load(FailureAnalyzer.class, (type, name, analyzerNeedingASpringContext) -> {})
                .stream()
                .filter(BackupSettingFailureAnalyzer.class::isInstance)
                .map(BackupSettingFailureAnalyzer.class::cast)
                .findFirst()
                .orElseThrow();
        Throwable startUp = new BeanCreationException(
                "databaseBackups",
                "creation failed",
                new BackupSettingException(
                        "agora.backup.keep (AGORA_BACKUP_KEEP) is 0; Agora must keep at least 1 backup."));

        FailureAnalysis report = registered.analyze(startUp);

        assertThat(report.getDescription())
                .isEqualTo("agora.backup.keep (AGORA_BACKUP_KEEP) is 0; Agora must keep at least 1 backup.");
        assertThat(report.getAction()).contains("AGORA_BACKUP_KEEP");
    }

    @Test
    void a_database_held_in_memory_cannot_be_backed_up_and_leaves_no_file() {
        DriverManagerDataSource memory =
                new DriverManagerDataSource("jdbc:h2:mem:backup-test;DB_CLOSE_DELAY=-1", "sa", "");
        DatabaseBackups backups = new DatabaseBackups(memory, dataDir.toString(), 7, new AppDatabase.HandClock(NIGHT));

        assertThatThrownBy(backups::backUp)
                .isInstanceOf(BackupFailedException.class)
                .hasMessage("This database is held in memory only, so there is no file to back up.");
        assertThat(dataDir.resolve("backups")).isEmptyDirectory();
    }
}
