package org.agora.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import org.agora.base.backup.BackupFile;
import org.agora.base.backup.DatabaseBackups;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The app started on a database file in a data directory it creates itself: the directory, the
 * database file and the backups hold password hashes, so nobody but the owner may read them.
 */
@SpringBootTest
@ActiveProfiles("test")
class DataFilesOwnerOnlyTest {

    private static final Path DATA_DIR = newDataDir();

    private static final Set<PosixFilePermission> OWNER_ONLY_DIRECTORY = PosixFilePermissions.fromString("rwx------");
    private static final Set<PosixFilePermission> OWNER_ONLY_FILE = PosixFilePermissions.fromString("rw-------");

    @Autowired
    DatabaseBackups backups;

    /** A directory that does not exist yet, so H2 creates it (with the process umask) as on a first start. */
    private static Path newDataDir() {
        try {
            return Files.createTempDirectory("agora-files").resolve("data");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @DynamicPropertySource
    static void fileDatabase(DynamicPropertyRegistry registry) {
        registry.add("agora.data-dir", DATA_DIR::toString);
        registry.add("spring.datasource.url", () -> "jdbc:h2:file:" + DATA_DIR + "/agora;WRITE_DELAY=0");
    }

    @BeforeEach
    void onlyOnPosixFileSystems() {
        assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"));
    }

    @Test
    void the_data_directory_and_the_database_file_are_owner_only() throws IOException {
        assertThat(Files.getPosixFilePermissions(DATA_DIR)).isEqualTo(OWNER_ONLY_DIRECTORY);
        assertThat(Files.getPosixFilePermissions(DATA_DIR.resolve("agora.mv.db")))
                .isEqualTo(OWNER_ONLY_FILE);
    }

    @Test
    void a_backup_and_its_folder_are_owner_only() throws IOException {
        BackupFile made = backups.backUp();

        Path folder = DATA_DIR.resolve("backups");
        assertThat(Files.getPosixFilePermissions(folder)).isEqualTo(OWNER_ONLY_DIRECTORY);
        assertThat(Files.getPosixFilePermissions(folder.resolve(made.name()))).isEqualTo(OWNER_ONLY_FILE);
    }
}
