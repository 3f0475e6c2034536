package org.agora.lesson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.agora.base.BadInputException;
import org.junit.jupiter.api.Test;

class LessonFileReaderTest {

    private static final String VALID = """
            {"format": "agora-lesson", "version": 1, "lesson": {
              "slug": "mini", "title": "Mini", "language": "en", "level": null,
              "source": {"author": "A", "publication": "P", "date": "2016", "url": "", "note": "n"},
              "poll": {"key": "poll", "prompt": "Statement?"},
              "sections": [{"key": "s1", "title": "One",
                "paragraphs": [[{"id": "s1-1", "text": "First."}, {"id": "s1-2", "text": "Second."}]],
                "questions": [
                  {"key": "s1-q1", "type": "SINGLE_CHOICE", "prompt": "Which?", "explanation": "E",
                   "options": [{"text": "a", "correct": true}, {"text": "b", "correct": false}]},
                  {"key": "s1-q2", "type": "EVIDENCE", "prompt": "Prove it", "explanation": "E",
                   "sentences": ["s1-2"]},
                  {"key": "s1-d1", "type": "DEBATE", "prompt": "Agree?"}
                ]}]}}
            """;

    private final LessonFileReader reader = new LessonFileReader();

    private static InputStream json(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void a_valid_file_is_read() throws IOException {
        LessonFile file = reader.read(json(VALID));
        assertThat(file.lesson().sections()).hasSize(1);
        assertThat(file.lesson().sections().get(0).questions())
                .extracting(LessonFile.QuestionDoc::key)
                .containsExactly("s1-q1", "s1-q2", "s1-d1");
    }

    @Test
    void an_unknown_version_is_refused_by_name() {
        assertThatThrownBy(() -> reader.read(json(VALID.replace("\"version\": 1", "\"version\": 7"))))
                .isInstanceOf(BadInputException.class)
                .hasMessageStartingWith("Unknown lesson file version 7");
    }

    @Test
    void values_are_read_as_written_and_never_converted() throws IOException {
        String trueFalse = VALID.replace(
                "{\"key\": \"s1-d1\", \"type\": \"DEBATE\", \"prompt\": \"Agree?\"}",
                "{\"key\": \"s1-t1\", \"type\": \"TRUE_FALSE\", \"prompt\": \"True?\", \"explanation\": \"E\", "
                        + "\"answer\": ANSWER}");
        assertThat(trueFalse).contains("ANSWER");
        assertThat(reader.read(json(trueFalse.replace("ANSWER", "false")))).isNotNull();
        assertThatThrownBy(() -> reader.read(json(trueFalse.replace("ANSWER", "0"))))
                .hasMessageStartingWith("lesson/sections/0/questions/2/answer holds the wrong kind of value");
        assertThatThrownBy(() -> reader.read(json(trueFalse.replace("ANSWER", "\"false\""))))
                .hasMessageContaining("holds the wrong kind of value");
        assertThatThrownBy(() -> reader.read(json(VALID.replace("\"version\": 1", "\"version\": \"1\""))))
                .hasMessageStartingWith("Unknown lesson file version \"1\"");
        assertThatThrownBy(() -> reader.read(json(VALID.replace("\"text\": \"First.\"", "\"text\": 5"))))
                .hasMessageContaining("holds the wrong kind of value");
    }

    @Test
    void a_file_of_another_format_or_not_json_is_refused() {
        assertThatThrownBy(() -> reader.read(json(VALID.replace("agora-lesson", "moodle"))))
                .hasMessageContaining("not an Agora lesson file");
        assertThatThrownBy(() -> reader.read(json("{ not json"))).hasMessageContaining("not valid JSON");
    }

    @Test
    void an_evidence_question_must_point_at_a_sentence_of_its_section() {
        assertThatThrownBy(() -> reader.read(json(VALID.replace("[\"s1-2\"]", "[\"s1-9\"]"))))
                .hasMessage("lesson/sections/s1/questions/s1-q2: sentence “s1-9” is not a sentence of its section.");
    }

    @Test
    void a_single_choice_question_needs_exactly_one_right_option() {
        assertThatThrownBy(
                        () -> reader.read(json(VALID.replace("\"b\", \"correct\": false", "\"b\", \"correct\": true"))))
                .hasMessageContaining("s1-q1")
                .hasMessageContaining("exactly one right option");
    }

    @Test
    void a_poll_key_too_long_for_its_before_and_after_questions_is_refused() {
        String longKey = "p".repeat(34);
        assertThatThrownBy(() -> reader.read(json(VALID.replace("\"key\": \"poll\"", "\"key\": \"" + longKey + "\""))))
                .hasMessage("lesson/poll/key is longer than 33 characters.");
    }

    @Test
    void duplicate_keys_and_unknown_fields_are_refused() {
        assertThatThrownBy(() -> reader.read(json(VALID.replace("\"s1-d1\"", "\"s1-q1\""))))
                .hasMessage("The key “s1-q1” is used twice in lesson/sections/s1/questions.");
        assertThatThrownBy(
                        () -> reader.read(json(VALID.replace("\"title\": \"Mini\"", "\"title\": \"Mini\", \"x\": 1"))))
                .hasMessage("lesson/x is not a field of a version 1 lesson file.");
    }

    @Test
    void a_short_text_question_may_accept_near_spellings_and_is_exact_without_the_field() throws IOException {
        String shortText = VALID.replace(
                "{\"key\": \"s1-d1\"",
                "{\"key\": \"s1-q3\", \"type\": \"SHORT_TEXT\", \"prompt\": \"Where?\", \"explanation\": \"E\","
                        + " \"accepted\": [\"Qatar\"], \"nearSpellings\": true},\n"
                        + "{\"key\": \"s1-q4\", \"type\": \"SHORT_TEXT\", \"prompt\": \"Who?\", \"explanation\": \"E\","
                        + " \"accepted\": [\"Idrissov\"]},\n{\"key\": \"s1-d1\"");

        List<LessonFile.QuestionDoc> questions =
                reader.read(json(shortText)).lesson().sections().get(0).questions();

        assertThat(questions.get(2).acceptsNearSpellings()).isTrue();
        assertThat(questions.get(3).acceptsNearSpellings()).isFalse();
    }

    @Test
    void near_spellings_on_a_question_that_is_not_short_text_are_refused_by_name() {
        assertThatThrownBy(() -> reader.read(json(VALID.replace(
                        "\"sentences\": [\"s1-2\"]", "\"sentences\": [\"s1-2\"], \"nearSpellings\": true"))))
                .hasMessage("lesson/sections/s1/questions/s1-q2 has a field that a EVIDENCE question does not use.");
    }

    @Test
    void the_bundled_lesson_file_follows_the_rules_of_the_lesson() throws IOException {
        LessonFile file;
        try (InputStream in = getClass().getResourceAsStream("/lessons/kazakhstan-syria.json")) {
            file = reader.read(in);
        }
        var sections = file.lesson().sections();
        assertThat(sections).hasSize(4);
        Map<String, Long> byType = sections.stream()
                .flatMap(s -> s.questions().stream())
                .collect(Collectors.groupingBy(LessonFile.QuestionDoc::type, Collectors.counting()));
        long comprehension = byType.entrySet().stream()
                .filter(e -> !e.getKey().equals("DEBATE"))
                .mapToLong(Map.Entry::getValue)
                .sum();
        assertThat(comprehension).isGreaterThanOrEqualTo(14);
        assertThat(byType.get("DEBATE")).isGreaterThanOrEqualTo(5);
        assertThat(byType.keySet())
                .contains("SINGLE_CHOICE", "MULTIPLE_CHOICE", "TRUE_FALSE", "SHORT_TEXT", "ORDERING", "EVIDENCE");
        assertThat(file.lesson().poll()).isNotNull();
        assertThat(file.lesson().source().author()).isEqualTo("Samuel Ramani");
        sections.forEach(s -> s.questions().stream()
                .filter(q -> !q.type().equals("DEBATE"))
                .forEach(q -> assertThat(q.explanation()).as(q.key()).isNotBlank()));
    }
}
