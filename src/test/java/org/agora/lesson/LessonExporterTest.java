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
    void a_question_that_accepts_near_spellings_keeps_it_through_import_and_export() throws Exception {
        String json = new String(
                exporter.json(fixtures.admin(), fixtures.bundledRevision()), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(json).doesNotContain("\"nearSpellings\" : false");
        String slug = "near-" + UUID.randomUUID().toString().substring(0, 8);
        // s4-q5 (a year) is exact in the bundled lesson; here it is turned on.
        String turnedOn = json.replace("\"slug\" : \"kazakhstan-syria\"", "\"slug\" : \"" + slug + "\"")
                .replace("\"August 2011\" ]", "\"August 2011\" ],\n\"nearSpellings\" : true");
        assertThat(turnedOn).isNotEqualTo(json);

        long revision =
                importer.importFile(fixtures.admin(), turnedOn.getBytes(java.nio.charset.StandardCharsets.UTF_8));

        assertThat(catalog.content(revision).question("s4-q5").orElseThrow().nearSpellings())
                .isTrue();
        LessonFile exported = reader.read(new ByteArrayInputStream(exporter.json(fixtures.admin(), revision)));
        assertThat(exported.lesson().sections().get(3).questions().stream()
                        .filter(q -> q.key().equals("s4-q5"))
                        .findFirst()
                        .orElseThrow()
                        .nearSpellings())
                .isTrue();
        assertThat(exported.lesson().sections().get(0).questions().stream()
                        .filter(q -> q.key().equals("s1-q1"))
                        .findFirst()
                        .orElseThrow()
                        .nearSpellings())
                .isNull();
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

    @Autowired
    org.agora.account.AuditLog audit;

    @Test
    void an_exported_lesson_imports_as_a_new_published_lesson_and_bad_files_are_refused_by_name() {
        String json = new String(
                exporter.json(fixtures.admin(), fixtures.bundledRevision()), java.nio.charset.StandardCharsets.UTF_8);
        String slug = "copy-" + UUID.randomUUID().toString().substring(0, 8);
        byte[] copy = json.replace("\"slug\" : \"kazakhstan-syria\"", "\"slug\" : \"" + slug + "\"")
                .getBytes(java.nio.charset.StandardCharsets.UTF_8);

        long revision = importer.importFile(fixtures.admin(), copy);

        assertThat(catalog.publishedLessons()).anyMatch(l -> l.slug().equals(slug) && l.revisionId() == revision);
        // The audit log says who imported which lesson.
        assertThat(audit.list(fixtures.admin(), 0, 1).get(0)).satisfies(entry -> {
            assertThat(entry.action()).isEqualTo(org.agora.account.AuditAction.LESSON_IMPORTED);
            assertThat(entry.actor()).isEqualTo("admin");
            assertThat(entry.detail()).contains(catalog.content(revision).title());
        });
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
