package org.agora.lesson;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command for scripts: a page in, a draft lesson file out, what was left out on the side. */
class ArticleToLessonTest {

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return ArticleToLesson.run(
                args,
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private Path page(String name) throws IOException {
        Path file = dir.resolve(name);
        try (var in = getClass().getResourceAsStream("/articles/pages/" + name)) {
            Files.write(file, in.readAllBytes());
        }
        return file;
    }

    @Test
    void a_page_becomes_a_lesson_file_that_reads_back_and_what_was_left_out_goes_to_standard_error()
            throws IOException {
        int status =
                run("--article-to-lesson", page("repeats-and-furniture.html").toString());

        assertThat(status).isZero();
        LessonFile file = new LessonFileReader().read(new ByteArrayInputStream(out.toByteArray()));
        assertThat(file.lesson().title()).isEqualTo("Le marché couvert rouvre ses portes");
        assertThat(file.lesson().slug()).isEqualTo("le-marche-couvert-rouvre-ses-portes");
        assertThat(file.lesson().language()).isEqualTo("fr");
        assertThat(file.lesson().source().author()).isEqualTo("Claire Dubois");
        assertThat(file.lesson().source().url()).isEqualTo("https://journal.example/marche-couvert");
        List<String> firstSentences = file.lesson().sections().get(0).paragraphs().stream()
                .map(p -> p.get(0).text())
                .toList();
        assertThat(firstSentences).contains("« On revient chez nous ! »");
        assertThat(err.toString(StandardCharsets.UTF_8).lines())
                .contains("left out: Partager", "left out: Related: Five markets to visit this spring");
    }

    @Test
    void a_file_that_is_not_text_is_refused_with_one_line_and_status_2() throws IOException {
        Path picture = dir.resolve("photo.html");
        Files.write(picture, new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13});

        assertThat(run("--article-to-lesson=" + picture)).isEqualTo(2);
        assertThat(out.size()).isZero();
        assertThat(err.toString(StandardCharsets.UTF_8).lines())
                .containsExactly("This is not a text file: import plain text, Markdown or HTML.");
    }

    @Test
    void a_missing_file_or_argument_is_refused_by_name() {
        assertThat(run("--article-to-lesson", dir.resolve("absent.html").toString()))
                .isEqualTo(2);
        assertThat(run("--article-to-lesson")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8).lines())
                .hasSize(2)
                .allMatch(line -> line.startsWith("The file ") || line.startsWith("Name the file"));
        assertThat(out.size()).isZero();
    }
}
