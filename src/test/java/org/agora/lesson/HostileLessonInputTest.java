package org.agora.lesson;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.agora.AgoraTest;
import org.agora.Fixtures;
import org.agora.HostileInputs;
import org.agora.HostileTally;
import org.agora.SafeHtml;
import org.agora.account.Actor;
import org.agora.lesson.LessonContent.SectionContent;
import org.agora.lesson.LessonDraft.Details;
import org.agora.lesson.LessonDraft.SectionDraft;
import org.agora.lesson.LessonFile.OptionDoc;
import org.agora.lesson.LessonFile.PollDoc;
import org.agora.lesson.LessonFile.QuestionDoc;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Generated hostile articles, lesson files, GIFT texts and draft fields through the admin's
 * services: each is refused with a clear message and nothing written, or stored so that it reads
 * back as the text given and its section text renders to allow-listed HTML only.
 */
class HostileLessonInputTest extends AgoraTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Autowired
    ArticleImporter articles;

    @Autowired
    LessonImporter importer;

    @Autowired
    LessonEditing editing;

    @Autowired
    LessonCatalog catalog;

    @Autowired
    Fixtures fixtures;

    @Autowired
    JdbcTemplate jdbc;

    private Actor admin;

    @BeforeEach
    void signIn() {
        admin = fixtures.admin();
    }

    @Test
    void hostile_articles_are_refused_with_a_message_or_become_a_draft_of_plain_text() {
        HostileInputs inputs = HostileInputs.forTest("articles");
        HostileTally tally = new HostileTally("articles", jdbc);
        for (int i = 0; i < 120; i++) {
            String heading = inputs.text(DraftRules.TITLE_MAX);
            String paragraph = inputs.sentence(Sentence.TEXT_MAX);
            String name;
            String article;
            switch (inputs.nextInt(3)) {
                case 0 -> {
                    name = "article.txt";
                    article = heading + "\n\n" + paragraph + "\n\nA second paragraph follows. " + paragraph;
                }
                case 1 -> {
                    name = "article.md";
                    article = "# " + heading + "\n\n" + paragraph + "\n\n## " + heading + "\n\n- " + paragraph;
                }
                default -> {
                    name = "article.html";
                    article = "<html><head><title>" + heading + "</title></head><body><h1>" + heading + "</h1><p>"
                            + paragraph + "</p><p>" + heading + "</p></body></html>";
                }
            }
            byte[] bytes = inputs.nextInt(10) == 0 ? broken(article) : article.getBytes(StandardCharsets.UTF_8);
            tally.attempt(name + ": " + article, () -> {
                ArticleProposal proposal = articles.propose(name, bytes);
                long lessonId = editing.createFromArticle(admin, proposal, "en");
                LessonDraft stored = editing.open(admin, lessonId);
                assertThat(stored.details().title()).isEqualTo(proposal.title().strip());
                assertThat(stored.sections()).hasSameSizeAs(proposal.sections());
                for (int s = 0; s < proposal.sections().size(); s++) {
                    SectionDraft section = stored.sections().get(s);
                    assertThat(section.title())
                            .isEqualTo(proposal.sections().get(s).title().strip());
                    // The section text is Markdown read back into paragraphs: a line separator (U+2028) breaks a line.
                    String proposed =
                            SectionMarkdown.markdown(proposal.sections().get(s).paragraphs());
                    assertThat(section.markdown())
                            .isEqualTo(SectionMarkdown.markdown(SectionMarkdown.paragraphs(proposed)));
                    assertRendersSafely(section, article);
                }
            });
        }
        tally.report();
        assertThat(tally.tried()).isEqualTo(120);
    }

    @Test
    void hostile_lesson_files_are_refused_with_a_message_or_stored_as_written() {
        HostileInputs inputs = HostileInputs.forTest("lesson files");
        HostileTally tally = new HostileTally("lesson files", jdbc);
        for (int i = 0; i < 200; i++) {
            ObjectNode file =
                    lessonFile("hostile-" + UUID.randomUUID().toString().substring(0, 8));
            String text = switch (inputs.nextInt(4)) {
                case 0 -> malformed(inputs, file.toString());
                case 1 -> {
                    wrongShape(inputs, file);
                    yield file.toString();
                }
                default -> {
                    hostileField(inputs, file);
                    yield file.toString();
                }
            };
            // The file as uploaded: a lone surrogate has no UTF-8 form and arrives as "?".
            byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
            tally.attempt(text, () -> {
                long revision = importer.importFile(admin, bytes);
                JsonNode lesson = JSON.readTree(bytes).path("lesson");
                LessonContent content = catalog.content(revision);
                assertThat(content.title()).isEqualTo(lesson.path("title").asText());
                JsonNode section = lesson.path("sections").path(0);
                SectionContent stored = content.sections().get(0);
                assertThat(stored.title()).isEqualTo(section.path("title").asText());
                assertThat(stored.sentences().findFirst().orElseThrow().markdown())
                        .isEqualTo(section.path("paragraphs")
                                .path(0)
                                .path(0)
                                .path("text")
                                .asText());
                stored.sentences().forEach(s -> SafeHtml.assertSafe(s.html(), text));
                JsonNode question = section.path("questions").path(0);
                if (question.isObject()) {
                    assertThat(stored.questions().get(0).prompt())
                            .isEqualTo(question.path("prompt").asText());
                } else {
                    assertThat(stored.questions()).isEmpty();
                }
            });
        }
        tally.report();
        assertThat(tally.tried()).isEqualTo(200);
    }

    @Test
    void hostile_gift_texts_are_refused_with_a_message_or_their_questions_are_stored_as_read() {
        HostileInputs inputs = HostileInputs.forTest("GIFT");
        HostileTally tally = new HostileTally("GIFT texts", jdbc);
        long lessonId = newLesson();
        for (int i = 0; i < 120; i++) {
            StringBuilder gift = new StringBuilder();
            int blocks = 1 + inputs.nextInt(3);
            for (int b = 0; b < blocks; b++) {
                gift.append(b == 0 ? "" : "\n\n").append(giftQuestion(inputs));
            }
            String text = gift.toString();
            LessonDraft opened = editing.open(admin, lessonId);
            tally.attempt(text, () -> {
                Gift.Import read = Gift.read(text);
                SectionDraft section = opened.sections().get(0);
                List<QuestionDoc> questions = new ArrayList<>(section.questions());
                List<SectionDraft> sections = new ArrayList<>(opened.sections());
                for (QuestionDoc q : read.questions()) {
                    sections.set(0, section.withQuestions(questions));
                    questions.add(new QuestionDoc(
                            LessonEditing.newQuestionKey(sections, opened.poll(), section.key()),
                            q.type(),
                            q.prompt(),
                            q.explanation(),
                            q.options(),
                            q.answer(),
                            q.accepted(),
                            q.items(),
                            q.sentences()));
                }
                sections.set(0, section.withQuestions(questions));
                LessonDraft stored = editing.save(admin, opened.withSections(sections));
                List<QuestionDoc> back = stored.sections().get(0).questions();
                assertThat(back).hasSize(questions.size());
                for (int q = 0; q < questions.size(); q++) {
                    assertThat(back.get(q).prompt())
                            .isEqualTo(questions.get(q).prompt().strip());
                    assertThat(back.get(q).type()).isEqualTo(questions.get(q).type());
                }
            });
        }
        tally.report();
        assertThat(tally.tried()).isEqualTo(120);
    }

    @Test
    void hostile_draft_fields_are_refused_with_a_message_or_stored_as_typed() {
        HostileInputs inputs = HostileInputs.forTest("drafts");
        HostileTally tally = new HostileTally("lesson draft fields", jdbc);
        long lessonId = newLesson();
        for (int i = 0; i < 100; i++) {
            LessonDraft opened = editing.open(admin, lessonId);
            int field = inputs.nextInt(11);
            String value = field == 8 ? inputs.sentence(Sentence.TEXT_MAX) : inputs.text(DraftRules.TITLE_MAX);
            tally.attempt(value, () -> {
                LessonDraft stored = editing.save(admin, change(opened, field, value));
                assertThat(readField(stored, field)).isEqualTo(expected(field, value));
                stored.sections().forEach(s -> assertRendersSafely(s, value));
            });
        }
        tally.report();
        assertThat(tally.tried()).isEqualTo(100);
    }

    private static void assertRendersSafely(SectionDraft section, String input) {
        section.sentences().stream()
                .flatMap(List::stream)
                .forEach(s -> SafeHtml.assertSafe(SectionMarkdown.html(s.text()), input));
    }

    /** The field a draft test changes, by number: details, poll, section title and text, a question's parts. */
    private static LessonDraft change(LessonDraft draft, int field, String value) {
        Details d = draft.details();
        SectionDraft section = draft.sections().get(0);
        QuestionDoc q = section.questions().get(0);
        return switch (field) {
            case 0 ->
                draft.withDetails(new Details(
                        value, d.language(), d.level(), d.author(), d.publication(), d.date(), d.url(), d.note()));
            case 1 ->
                draft.withDetails(new Details(
                        d.title(), value, d.level(), d.author(), d.publication(), d.date(), d.url(), d.note()));
            case 2 ->
                draft.withDetails(new Details(
                        d.title(), d.language(), value, d.author(), d.publication(), d.date(), d.url(), d.note()));
            case 3 ->
                draft.withDetails(new Details(
                        d.title(), d.language(), d.level(), value, d.publication(), d.date(), d.url(), d.note()));
            case 4 ->
                draft.withDetails(new Details(
                        d.title(), d.language(), d.level(), d.author(), d.publication(), d.date(), value, d.note()));
            case 5 ->
                draft.withDetails(new Details(
                        d.title(), d.language(), d.level(), d.author(), d.publication(), d.date(), d.url(), value));
            case 6 -> draft.withPoll(new PollDoc("opinion", value));
            case 7 -> draft.withSections(List.of(section.withTitle(value)));
            case 8 -> draft.withSections(List.of(section.withMarkdown(value)));
            case 9 ->
                draft.withSections(List.of(section.withQuestions(List.of(new QuestionDoc(
                        q.key(), q.type(), value, q.explanation(), q.options(), null, null, null, null)))));
            default ->
                draft.withSections(List.of(section.withQuestions(List.of(new QuestionDoc(
                        q.key(),
                        q.type(),
                        q.prompt(),
                        q.explanation(),
                        List.of(new OptionDoc(value, true), new OptionDoc("No", false)),
                        null,
                        null,
                        null,
                        null)))));
        };
    }

    private static String readField(LessonDraft draft, int field) {
        Details d = draft.details();
        SectionDraft section = draft.sections().get(0);
        return switch (field) {
            case 0 -> d.title();
            case 1 -> d.language();
            case 2 -> d.level();
            case 3 -> d.author();
            case 4 -> d.url();
            case 5 -> d.note();
            case 6 -> draft.poll() == null ? null : draft.poll().prompt();
            case 7 -> section.title();
            case 8 -> section.markdown();
            case 9 -> section.questions().get(0).prompt();
            default -> section.questions().get(0).options().get(0).text();
        };
    }

    /** What the editor documents: texts trimmed, empty optional ones dropped, section text re-split into sentences. */
    private static String expected(int field, String value) {
        return switch (field) {
            case 2, 3, 4, 5, 6 -> value.isBlank() ? null : value.strip();
            case 8 -> SectionMarkdown.markdown(SectionMarkdown.paragraphs(value));
            case 10 -> value;
            default -> value.strip();
        };
    }

    /** A small published lesson of one section, one single-choice and one debate question. */
    private long newLesson() {
        String slug = "hostile-" + UUID.randomUUID().toString().substring(0, 8);
        importer.importFile(admin, lessonFile(slug).toString().getBytes(StandardCharsets.UTF_8));
        return editing.overview(admin).stream()
                .filter(l -> l.slug().equals(slug))
                .findFirst()
                .orElseThrow()
                .lessonId();
    }

    static ObjectNode lessonFile(String slug) {
        ObjectNode file =
                JSON.createObjectNode().put("format", LessonFile.FORMAT).put("version", LessonFile.VERSION);
        ObjectNode lesson = file.putObject("lesson")
                .put("slug", slug)
                .put("title", "A lesson")
                .put("language", "en");
        lesson.putObject("source").put("author", "A. Writer").put("url", "https://example.org/a");
        ObjectNode section =
                lesson.putArray("sections").addObject().put("key", "s1").put("title", "The start");
        section.putArray("paragraphs").addArray().addObject().put("id", "s1-1").put("text", "The treaty was signed.");
        ArrayNode questions = section.putArray("questions");
        ObjectNode choice = questions
                .addObject()
                .put("key", "s1-q1")
                .put("type", "SINGLE_CHOICE")
                .put("prompt", "Was it signed?")
                .put("explanation", "The text says so.");
        choice.putArray("options")
                .add(JSON.createObjectNode().put("text", "Yes").put("correct", true))
                .add(JSON.createObjectNode().put("text", "No").put("correct", false));
        questions.addObject().put("key", "s1-d1").put("type", "DEBATE").put("prompt", "Should it have been?");
        return file;
    }

    /** Broken JSON: a fragment alone, the file cut short, or a fragment dropped into it. */
    private static String malformed(HostileInputs inputs, String json) {
        int at = inputs.nextInt(json.length());
        return switch (inputs.nextInt(3)) {
            case 0 -> inputs.text(100);
            case 1 -> json.substring(0, at);
            default -> json.substring(0, at) + inputs.pick() + json.substring(at);
        };
    }

    /** Valid JSON of the wrong shape: a value replaced by null, a number, a list or an object, or a null in a list. */
    private static void wrongShape(HostileInputs inputs, ObjectNode file) {
        ObjectNode lesson = (ObjectNode) file.get("lesson");
        ObjectNode section = (ObjectNode) lesson.get("sections").get(0);
        ObjectNode question = (ObjectNode) section.get("questions").get(0);
        List<ObjectNode> owners = List.of(file, lesson, section, question);
        ObjectNode owner = owners.get(inputs.nextInt(owners.size()));
        List<String> names = new ArrayList<>();
        owner.fieldNames().forEachRemaining(names::add);
        String name = names.get(inputs.nextInt(names.size()));
        switch (inputs.nextInt(6)) {
            case 0 -> owner.putNull(name);
            case 1 -> owner.put(name, -1);
            case 2 -> owner.putArray(name).add(inputs.pick());
            case 3 -> owner.putObject(name).put("x", inputs.pick());
            case 4 -> ((ArrayNode) section.get("paragraphs").get(0)).addNull();
            default -> {
                List<ArrayNode> lists = List.of(
                        (ArrayNode) lesson.get("sections"),
                        (ArrayNode) section.get("questions"),
                        (ArrayNode) question.get("options"),
                        (ArrayNode) section.get("paragraphs"));
                lists.get(inputs.nextInt(lists.size())).addNull();
            }
        }
    }

    /** Valid JSON with one text replaced by hostile text. */
    private static void hostileField(HostileInputs inputs, ObjectNode file) {
        ObjectNode lesson = (ObjectNode) file.get("lesson");
        ObjectNode section = (ObjectNode) lesson.get("sections").get(0);
        ObjectNode sentence = (ObjectNode) section.get("paragraphs").get(0).get(0);
        ObjectNode question = (ObjectNode) section.get("questions").get(0);
        ObjectNode option = (ObjectNode) question.get("options").get(0);
        ObjectNode source = (ObjectNode) lesson.get("source");
        String value = inputs.text(Sentence.TEXT_MAX);
        switch (inputs.nextInt(12)) {
            case 0 -> lesson.put("title", value);
            case 1 -> lesson.put("slug", value);
            case 2 -> lesson.put("language", value);
            case 3 -> section.put("title", value);
            case 4 -> section.put("key", value);
            case 5 -> sentence.put("id", value);
            case 6 -> question.put("prompt", value);
            case 7 -> question.put("type", value);
            case 8 -> option.put("text", value);
            case 9 -> source.put("url", value);
            default -> sentence.put("text", inputs.sentence(Sentence.TEXT_MAX));
        }
    }

    private static String giftQuestion(HostileInputs inputs) {
        return switch (inputs.nextInt(5)) {
            case 0 ->
                "::" + inputs.text(40) + "::" + inputs.sentence(Question.PROMPT_MAX) + " {=" + inputs.text(200) + " ~"
                        + inputs.text(200) + "}";
            case 1 -> "[html]" + inputs.sentence(Question.PROMPT_MAX) + " {T}";
            case 2 -> inputs.sentence(Question.PROMPT_MAX) + " {=" + inputs.text(200) + " =" + inputs.pick() + "}";
            case 3 ->
                inputs.sentence(Question.PROMPT_MAX) + " {~%50%" + inputs.pick() + " ~%50%" + inputs.pick() + " ~%-100%"
                        + inputs.pick() + " ####" + inputs.text(100) + "}";
            default -> inputs.text(Gift.MAX_CHARS / 1000);
        };
    }

    /** The bytes of the text with a byte that is never valid UTF-8 in the middle. */
    private static byte[] broken(String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        bytes[bytes.length / 2] = (byte) 0xFF;
        return bytes;
    }
}
