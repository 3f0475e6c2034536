package org.agora.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.agora.AgoraTest;
import org.agora.lesson.LessonFileReader;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Lesson files up to the documented 2 MiB import, over the real HTTP path of Vaadin's upload
 * (a multipart POST that Spring's multipart limits see first); a larger one sent past the
 * browser's own check gets Agora's message naming the limit, not a bare 413.
 */
class LessonFileSizeJourneyTest extends AgoraTest {

    private static final int MIB = 1024 * 1024;

    @LocalServerPort
    int port;

    /** The bundled lesson under a new slug and title, padded with JSON white space to {@code bytes}. */
    private static byte[] lessonFile(String slug, int bytes) throws Exception {
        String json;
        try (var in = LessonFileSizeJourneyTest.class.getResourceAsStream("/lessons/kazakhstan-syria.json")) {
            json = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        json = json.replace("\"slug\": \"kazakhstan-syria\"", "\"slug\": \"" + slug + "\"")
                .replace("\"title\": \"Why Astana?", "\"title\": \"" + slug + " Why Astana?");
        byte[] text = json.getBytes(StandardCharsets.UTF_8);
        byte[] file = new byte[bytes];
        System.arraycopy(text, 0, file, 0, text.length);
        java.util.Arrays.fill(file, text.length, bytes, (byte) ' ');
        return file;
    }

    @Test
    void a_lesson_file_under_two_mib_imports_and_a_larger_one_is_refused_with_a_message() throws Exception {
        String slug = "size-" + (System.nanoTime() % 100000);
        Path small = Files.createTempFile("agora-lesson", ".json");
        Files.write(small, lessonFile(slug, 3 * MIB / 2));
        try (Browser browser = new Browser("http://localhost:" + port + "/", 1280, 900)) {
            browser.signIn("admin", "admin-test-password");
            browser.waitFor(By.id("new-session"));
            browser.open("admin/lessons");

            // 1.5 MiB, chosen as a user does: Spring's 1 MB multipart default answered 413 here.
            StaffActions.upload(browser, "import-lesson", small);
            browser.wait(ExpectedConditions.textToBePresentInElementLocated(By.id("import-result"), "Imported"));
            assertThat(browser.text("import-result")).contains(slug);

            // 2.5 MiB posted to the upload's own address as the component would, without its check.
            String big = new String(lessonFile(slug + "-big", 5 * MIB / 2), StandardCharsets.UTF_8);
            Object status = browser.driver().executeAsyncScript("""
                            const done = arguments[arguments.length - 1];
                            const upload = document.getElementById('import-lesson');
                            const form = new FormData();
                            form.append('file', new File([arguments[0]], 'big.json', {type: 'application/json'}));
                            fetch(upload.target, {method: 'POST', body: form})
                                .then(r => done(r.status), e => done(String(e)));
                            """, big);
            assertThat(status).isEqualTo(200L);
            browser.wait(ExpectedConditions.textToBePresentInElementLocated(
                    By.id("import-result"), "larger than " + LessonFileReader.MAX_BYTES / MIB + " MB"));
        } finally {
            Files.deleteIfExists(small);
        }
    }
}
