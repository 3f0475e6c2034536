package org.agora.lesson;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.agora.lesson.LessonFile.QuestionDoc;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command for scripts: a GIFT file in, the questions as JSON out, what was skipped on the side. */
class GiftToQuestionsTest {

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return GiftToQuestions.run(
                args,
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    void a_bank_becomes_a_json_array_of_questions_and_each_skipped_one_a_line_on_standard_error() throws IOException {
        Path bank = dir.resolve("bank.gift");
        Files.writeString(
                bank,
                "::capital:: What is the capital of Kazakhstan? {=Astana ~Almaty}\n\n"
                        + "::regions:: How many regions? {#17}\n\n"
                        + "Just a text.\n");

        assertThat(run("--gift-to-questions", bank.toString())).isZero();
        List<QuestionDoc> questions = new ObjectMapper().readValue(out.toByteArray(), new TypeReference<>() {});
        assertThat(questions)
                .extracting(QuestionDoc::key, QuestionDoc::type)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("capital", "SINGLE_CHOICE"));
        assertThat(err.toString(StandardCharsets.UTF_8).lines())
                .containsExactly(
                        "skipped regions: Agora has no numerical questions yet.",
                        "skipped q3: A text without answers (a GIFT description) is not a question.");
    }

    @Test
    void a_binary_file_named_gift_is_refused_with_one_line_and_status_2() throws IOException {
        Path zip = dir.resolve("bank.gift");
        Files.write(zip, new byte[] {'P', 'K', 3, 4, 0, 0, (byte) 0xFF, '{', '=', 'x', '}'});

        assertThat(run("--gift-to-questions=" + zip)).isEqualTo(2);
        assertThat(out.size()).isZero();
        assertThat(err.toString(StandardCharsets.UTF_8).lines())
                .containsExactly("This is not a GIFT text file: it holds bytes that are not text.");
    }
}
