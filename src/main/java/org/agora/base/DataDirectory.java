package org.agora.base;

import java.io.IOException;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Says once, at start-up, where this instance keeps its data, so that nobody has to guess; and
 * makes the data directory, its files and its backups owner-only. Runs once the database is open
 * and migrated, because H2 creates its files itself with the process umask.
 */
@Component
@Order(0)
class DataDirectory implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DataDirectory.class);

    private final String dataDir;
    private final String url;

    DataDirectory(@Value("${agora.data-dir}") String dataDir, @Value("${spring.datasource.url}") String url) {
        this.dataDir = dataDir;
        this.url = url;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (url.startsWith("jdbc:h2:file:")) {
            Path dir = Path.of(dataDir).toAbsolutePath().normalize();
            log.info("Data directory: {}", dir);
            makeOwnerOnly(dir);
        }
    }

    private static void makeOwnerOnly(Path dir) {
        try {
            OwnerOnly.tightenWithFiles(dir);
            OwnerOnly.tightenWithFiles(dir.resolve("backups"));
        } catch (IOException e) {
            log.warn("Could not make the data directory {} owner-only: {}", dir, e.toString());
        }
    }
}
