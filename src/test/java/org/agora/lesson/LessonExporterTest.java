package org.agora.lesson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.util.UUID;
import org.agora.AgoraTest;
import org.agora.Fixtures;
import org.agora.base.NotAllowedException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class LessonExporterTest extends AgoraTest {

    @Autowired
    LessonExporter exporter;

    @Autowired
    Fixtures fixtures;

    private final LessonFileReader reader = new LessonFileReader();

    @Test
    void the_bundled_lesson_exported_and_read_back_is_the_file_it_was_imported_from() throws Exception {
        LessonFile original;
        try (InputStream in = getClass().getResourceAsStream("/lessons/kazakhstan-syria.json")) {
            original = reader.read(in);
        }
        byte[] json = exporter.json(fixtures.admin(), fixtures.bundledRevision());

        LessonFile roundTrip = reader.read(new ByteArrayInputStream(json));

        assertThat(roundTrip).isEqualTo(original);
        assertThat(exporter.file(fixtures.bundledRevision())).isEqualTo(original);
    }

    @Test
    void only_an_admin_exports() {
        assertThatThrownBy(() -> exporter.json(fixtures.teacher(), fixtures.bundledRevision()))
                .isInstanceOf(NotAllowedException.class)
                .hasMessage("Only an admin can export lessons.");
    }

    @Autowired
    LessonImporter importer;

    @Autowired
    LessonCatalog catalog;

    @Test
    void an_exported_lesson_imports_as_a_new_published_lesson_and_bad_files_are_refused_by_name() {
        String json = new String(
                exporter.json(fixtures.admin(), fixtures.bundledRevision()), java.nio.charset.StandardCharsets.UTF_8);
        String slug = "copy-" + UUID.randomUUID().toString().substring(0, 8);
        byte[] copy = json.replace("\"slug\" : \"kazakhstan-syria\"", "\"slug\" : \"" + slug + "\"")
                .getBytes(java.nio.charset.StandardCharsets.UTF_8);

        long revision = importer.importFile(fixtures.admin(), copy);

        assertThat(catalog.publishedLessons()).anyMatch(l -> l.slug().equals(slug) && l.revisionId() == revision);
        assertThat(catalog.content(revision).allQuestions())
                .hasSize(catalog.content(fixtures.bundledRevision())
                        .allQuestions()
                        .size());
        assertThatThrownBy(() -> importer.importFile(fixtures.admin(), copy))
                .hasMessage("A lesson “" + slug + "” exists already.");
        assertThatThrownBy(() -> importer.importFile(fixtures.admin(), "{ nope".getBytes()))
                .hasMessageStartingWith("The lesson file is not valid JSON");
        assertThatThrownBy(() -> importer.importFile(fixtures.teacher(), copy)).isInstanceOf(NotAllowedException.class);
    }
}
