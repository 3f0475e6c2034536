package org.agora.base;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.core.env.Environment;

/**
 * Creates the data directory owner-only before the database opens: H2 creates its files with
 * the process umask (often world-readable), and the first start would otherwise leave them
 * readable until {@link DataDirectory} tightens them; inside an owner-only directory nobody
 * else reaches them at all. Listed in {@code META-INF/spring.factories}, as it must run before
 * any bean exists.
 */
public final class OwnerOnlyDataDirectory implements ApplicationListener<ApplicationEnvironmentPreparedEvent> {

    @Override
    public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
        prepare(event.getEnvironment());
    }

    static void prepare(Environment environment) {
        String url = environment.getProperty("spring.datasource.url", "");
        String dataDir = environment.getProperty("agora.data-dir");
        if (!url.startsWith("jdbc:h2:file:") || dataDir == null || dataDir.isBlank()) {
            return;
        }
        Path dir = Path.of(dataDir).toAbsolutePath().normalize();
        try {
            Files.createDirectories(dir);
            OwnerOnly.tighten(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the data directory " + dir, e);
        }
    }
}
