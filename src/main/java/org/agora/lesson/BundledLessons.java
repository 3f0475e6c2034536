package org.agora.lesson;

import java.io.IOException;
import java.io.InputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/** On start-up, loads each lesson file shipped in {@code lessons/} that the database lacks. */
@Component
@Order(20)
class BundledLessons implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(BundledLessons.class);

    private final LessonImporter importer;
    private final LessonFileReader reader = new LessonFileReader();

    BundledLessons(LessonImporter importer) {
        this.importer = importer;
    }

    @Override
    public void run(ApplicationArguments args) throws IOException {
        Resource[] files = new PathMatchingResourcePatternResolver().getResources("classpath:lessons/*.json");
        for (Resource file : files) {
            LessonFile lesson;
            try (InputStream in = file.getInputStream()) {
                lesson = reader.read(in);
            }
            if (!importer.exists(lesson.lesson().slug())) {
                long revisionId = importer.importPublished(lesson);
                log.info(
                        "Loaded the bundled lesson '{}' as revision {}",
                        lesson.lesson().slug(),
                        revisionId);
            }
        }
    }
}
