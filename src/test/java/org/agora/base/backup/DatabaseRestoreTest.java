package org.agora.base.backup;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * The restore of the README, step by step, on a database file opened as the app opens it:
 * back up, change data, stop, {@code --restore <backup.zip>}, start, and find the backed-up state.
 */
class DatabaseRestoreTest {

    @TempDir
    Path dataDir;

    private final ByteArrayOutputStream printed = new ByteArrayOutputStream();

    private int restoreCommand(String... args) {
        return DatabaseRestore.run(args, null, new PrintStream(printed, true, StandardCharsets.UTF_8));
    }

    private String printed() {
        return printed.toString(StandardCharsets.UTF_8);
    }

    @Test
    void the_documented_restore_brings_back_the_backed_up_state_and_keeps_the_replaced_one() throws Exception {
        DriverManagerDataSource app = AppDatabase.open(dataDir);
        AppDatabase.addTeacher(app, "ms.lee", "Ms Lee");
        Path backup;
        try (Connection running = app.getConnection()) {
            BackupFile made = new DatabaseBackups(
                            app,
                            dataDir.toString(),
                            7,
                            new AppDatabase.HandClock(Instant.parse("2026-11-27T02:30:00Z")))
                    .backUp();
            backup = dataDir.resolve("backups").resolve(made.name());
            AppDatabase.execute(app, "update account set display_name = 'Ms Changed' where username = 'ms.lee'");
            AppDatabase.addTeacher(app, "mr.later", "Mr Later");
        }

        int exit = restoreCommand("--restore", backup.toString(), "--agora.data-dir=" + dataDir);

        assertThat(exit).as(printed()).isZero();
        assertThat(printed()).contains("Restored ").contains("Start Agora as usual.");
        DriverManagerDataSource restarted = AppDatabase.open(dataDir);
        assertThat(AppDatabase.displayNameOf(restarted, "ms.lee")).isEqualTo("Ms Lee");
        assertThat(AppDatabase.displayNameOf(restarted, "mr.later")).isNull();
        List<Path> setAside = filesNamed("agora-before-restore-");
        assertThat(setAside).hasSize(1);
        String asideName = setAside.get(0).getFileName().toString().replace(".mv.db", "");
        DriverManagerDataSource replaced =
                new DriverManagerDataSource("jdbc:h2:file:" + dataDir.resolve(asideName) + ";IFEXISTS=TRUE", "sa", "");
        assertThat(AppDatabase.displayNameOf(replaced, "mr.later")).isEqualTo("Mr Later");
    }

    @Test
    void the_restored_database_and_the_one_set_aside_are_owner_only() throws Exception {
        Assumptions.assumeTrue(
                FileSystems.getDefault().supportedFileAttributeViews().contains("posix"));
        DriverManagerDataSource app = AppDatabase.open(dataDir);
        BackupFile made = new DatabaseBackups(
                        app, dataDir.toString(), 7, new AppDatabase.HandClock(Instant.parse("2026-11-27T02:30:00Z")))
                .backUp();
        Path backup = dataDir.resolve("backups").resolve(made.name());

        DatabaseRestore.Restored restored = DatabaseRestore.restore(
                backup, dataDir, new AppDatabase.HandClock(Instant.parse("2026-11-28T08:00:00Z")));

        assertThat(Files.getPosixFilePermissions(restored.database()))
                .isEqualTo(PosixFilePermissions.fromString("rw-------"));
        assertThat(Files.getPosixFilePermissions(restored.setAside()))
                .isEqualTo(PosixFilePermissions.fromString("rw-------"));
    }

    @Test
    void restore_is_refused_while_the_database_is_open_and_changes_nothing() throws Exception {
        DriverManagerDataSource app = AppDatabase.open(dataDir);
        AppDatabase.addTeacher(app, "ms.lee", "Ms Lee");
        try (Connection running = app.getConnection()) {
            BackupFile made = new DatabaseBackups(
                            app,
                            dataDir.toString(),
                            7,
                            new AppDatabase.HandClock(Instant.parse("2026-11-27T02:30:00Z")))
                    .backUp();
            AppDatabase.execute(app, "update account set display_name = 'Ms Changed' where username = 'ms.lee'");

            int exit = restoreCommand(
                    "--restore=" + dataDir.resolve("backups").resolve(made.name()), "--agora.data-dir=" + dataDir);

            assertThat(exit).isEqualTo(1);
            assertThat(printed()).contains("Nothing was restored").contains("is in use. Stop Agora first.");
            assertThat(AppDatabase.displayNameOf(app, "ms.lee")).isEqualTo("Ms Changed");
        }
        assertThat(filesNamed("agora-before-restore-")).isEmpty();
        assertThat(filesNamed("agora-restoring")).isEmpty();
    }

    @Test
    void a_file_that_is_not_an_agora_backup_is_refused_and_the_database_stays() throws Exception {
        DriverManagerDataSource app = AppDatabase.open(dataDir);
        AppDatabase.addTeacher(app, "ms.lee", "Ms Lee");
        Path notABackup = Files.writeString(dataDir.resolve("notes.zip"), "not a zip");

        int exit = restoreCommand("--restore", notABackup.toString(), "--agora.data-dir=" + dataDir);

        assertThat(exit).isEqualTo(1);
        assertThat(printed()).contains("is not a zip file; it is not an Agora backup.");
        assertThat(AppDatabase.displayNameOf(app, "ms.lee")).isEqualTo("Ms Lee");
        assertThat(filesNamed("agora-before-restore-")).isEmpty();
    }

    private List<Path> filesNamed(String prefix) throws Exception {
        try (Stream<Path> files = Files.list(dataDir)) {
            return files.filter(f -> f.getFileName().toString().startsWith(prefix))
                    .toList();
        }
    }
}
