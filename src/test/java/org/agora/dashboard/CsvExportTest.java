package org.agora.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.List;
import java.util.UUID;
import org.agora.AgoraTest;
import org.agora.Fixtures;
import org.agora.account.Actor;
import org.agora.base.NotAllowedException;
import org.agora.classroom.AnswerInput;
import org.agora.classroom.AnswerService;
import org.agora.classroom.Feedback;
import org.agora.classroom.JoinService;
import org.agora.classroom.ReviewService;
import org.agora.classroom.SessionSummary;
import org.agora.lesson.LessonContent;
import org.agora.lesson.LessonContent.OptionContent;
import org.agora.lesson.LessonContent.QuestionContent;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class CsvExportTest extends AgoraTest {

    @Autowired
    CsvExport export;

    @Autowired
    JoinService joins;

    @Autowired
    AnswerService answers;

    @Autowired
    ReviewService reviews;

    @Autowired
    Fixtures fixtures;

    @Test
    void the_csv_parses_back_to_one_row_per_student_and_question_with_the_answers_as_shown() throws Exception {
        Actor teacher = fixtures.teacher();
        SessionSummary session = fixtures.session(teacher, Feedback.IMMEDIATE, 1);
        LessonContent lesson = fixtures.bundledLesson();
        String ana = joins.join(session.joinCode(), "Zoë Ångström").resumeToken();
        joins.join(session.joinCode(), "=HYPERLINK(\"x\")");
        QuestionContent q1 = lesson.question("s1-q1").orElseThrow();
        OptionContent right =
                q1.options().stream().filter(OptionContent::correct).findFirst().orElseThrow();
        answers.submit(
                ana, "s1-q1", UUID.randomUUID().toString(), AnswerInput.choice(List.of(String.valueOf(right.id()))));
        answers.submit(
                ana,
                "s1-d1",
                UUID.randomUUID().toString(),
                AnswerInput.argued(4, "-2 is a risky start, \"quoted\", and, commas", List.of("s1-1")));
        long argument = reviews.arguments(teacher, session.id(), "s1-d1").get(0).answerId();
        reviews.score(teacher, session.id(), argument, 2, 1, 1, null);

        byte[] bytes = export.csv(teacher, session.id());
        String text = new String(bytes, StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFF");
        List<CSVRecord> rows = CSVFormat.RFC4180
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .get()
                .parse(new StringReader(text.substring(1)))
                .getRecords();

        assertThat(rows).hasSize(2 * lesson.allQuestions().size());
        assertThat(rows.get(0).getParser().getHeaderNames()).containsExactlyElementsOf(CsvExport.HEADER);
        CSVRecord choice = row(rows, "Zoë Ångström", "s1-q1");
        assertThat(choice.get("session")).isEqualTo(session.title());
        assertThat(choice.get("section")).isEqualTo("1");
        assertThat(choice.get("type")).isEqualTo("single_choice");
        assertThat(choice.get("answer")).isEqualTo(right.text());
        assertThat(choice.get("correct or score")).isEqualTo("correct");
        assertThat(choice.get("time")).endsWith("Z");

        CSVRecord debate = row(rows, "Zoë Ångström", "s1-d1");
        assertThat(debate.get("answer")).isEqualTo("'-2 is a risky start, \"quoted\", and, commas");
        assertThat(debate.get("correct or score")).isEqualTo("4/6");
        assertThat(debate.get("stance")).isEqualTo("Agree");
        assertThat(debate.get("cited sentences"))
                .isEqualTo(lesson.sections()
                        .get(0)
                        .sentences()
                        .filter(s -> s.key().equals("s1-1"))
                        .findFirst()
                        .orElseThrow()
                        .text());

        CSVRecord unanswered = row(rows, "'=HYPERLINK(\"x\")", "s1-q1");
        assertThat(unanswered.get("answer")).isEmpty();
        assertThat(unanswered.get("correct or score")).isEmpty();
        assertThat(row(rows, "Zoë Ångström", "poll-before").get("section")).isEqualTo("before");
    }

    @Test
    void hostile_names_and_answers_never_make_a_cell_that_starts_a_formula_and_every_field_is_quoted()
            throws Exception {
        Actor teacher = fixtures.teacher();
        SessionSummary session = fixtures.session(teacher, Feedback.IMMEDIATE, 1);
        String semi = joins.join(session.joinCode(), "semi;=1+3").resumeToken();
        String spaced = joins.join(session.joinCode(), "\u00A0=1+2").resumeToken();
        joins.join(session.joinCode(), "\uFF1D1+2");
        answers.submit(semi, "s1-q4", UUID.randomUUID().toString(), AnswerInput.text("\uFE6BSUM(A1)"));
        answers.submit(
                spaced,
                "s1-d1",
                UUID.randomUUID().toString(),
                AnswerInput.argued(2, "\u00A0\u3000=HYPERLINK(\"x\")", List.of("s1-1")));

        String text = new String(export.csv(teacher, session.id()), StandardCharsets.UTF_8).substring(1);

        assertThat(text).endsWith("\r\n");
        for (String line : text.split("\r\n")) {
            assertThat(line).as("every field quoted").matches("\"(?:[^\"]|\"\")*+\"(?:,\"(?:[^\"]|\"\")*+\")*+");
        }
        List<CSVRecord> rows = CSVFormat.RFC4180
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .get()
                .parse(new StringReader(text))
                .getRecords();
        assertThat(rows).isNotEmpty();
        for (CSVRecord row : rows) {
            for (String cell : row.values()) {
                String visible = cell.replaceFirst("^\\p{IsWhite_Space}+", "");
                String first =
                        visible.isEmpty() ? "" : Normalizer.normalize(visible.substring(0, 1), Normalizer.Form.NFKC);
                assertThat(first).as(cell).isNotIn("=", "+", "-", "@");
                assertThat(cell).as(cell).doesNotStartWith("\t").doesNotStartWith("\r");
            }
        }
        assertThat(row(rows, "'\u00A0=1+2", "s1-d1").get("answer")).isEqualTo("'\u00A0\u3000=HYPERLINK(\"x\")");
        assertThat(row(rows, "semi;=1+3", "s1-q4").get("answer")).isEqualTo("'\uFE6BSUM(A1)");
        assertThat(row(rows, "'\uFF1D1+2", "s1-q4").get("answer")).isEmpty();
    }

    @Test
    void another_teacher_gets_no_csv() {
        SessionSummary session = fixtures.session(fixtures.teacher(), Feedback.IMMEDIATE, 1);
        assertThatThrownBy(() -> export.csv(fixtures.teacher(), session.id())).isInstanceOf(NotAllowedException.class);
    }

    private static CSVRecord row(List<CSVRecord> rows, String student, String question) {
        return rows.stream()
                .filter(r ->
                        r.get("student").equals(student) && r.get("question").equals(question))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no row " + student + " / " + question));
    }
}
