package org.agora.base;

import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Says once, at start-up, where this instance keeps its data, so that nobody has to guess. */
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
            log.info("Data directory: {}", Path.of(dataDir).toAbsolutePath().normalize());
        }
    }
}
