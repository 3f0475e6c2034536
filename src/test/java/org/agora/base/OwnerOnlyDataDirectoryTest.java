package org.agora.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

/** The data directory is owner-only before H2 writes its first file into it. */
class OwnerOnlyDataDirectoryTest {

    @Test
    void a_new_data_directory_is_created_owner_only_before_the_database_opens() throws Exception {
        assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"));
        Path dir = Files.createTempDirectory("agora-first-start").resolve("data");
        MockEnvironment environment = new MockEnvironment()
                .withProperty("agora.data-dir", dir.toString())
                .withProperty("spring.datasource.url", "jdbc:h2:file:" + dir + "/agora");

        OwnerOnlyDataDirectory.prepare(environment);

        assertThat(Files.getPosixFilePermissions(dir)).isEqualTo(PosixFilePermissions.fromString("rwx------"));
    }

    @Test
    void an_existing_readable_data_directory_is_tightened_before_the_database_opens() throws Exception {
        assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"));
        Path dir = Files.createTempDirectory("agora-existing");
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));
        MockEnvironment environment = new MockEnvironment()
                .withProperty("agora.data-dir", dir.toString())
                .withProperty("spring.datasource.url", "jdbc:h2:file:" + dir + "/agora");

        OwnerOnlyDataDirectory.prepare(environment);

        assertThat(Files.getPosixFilePermissions(dir)).isEqualTo(PosixFilePermissions.fromString("rwx------"));
    }
}
