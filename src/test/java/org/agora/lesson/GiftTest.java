package org.agora.lesson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.util.List;
import java.util.Set;
import org.agora.AgoraTest;
import org.agora.Fixtures;
import org.agora.base.BadInputException;
import org.agora.lesson.LessonFile.OptionDoc;
import org.agora.lesson.LessonFile.QuestionDoc;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class GiftTest extends AgoraTest {

    private static final Set<String> GIFT_KINDS =
            Set.of("SINGLE_CHOICE", "MULTIPLE_CHOICE", "TRUE_FALSE", "SHORT_TEXT", "DEBATE");

    @Autowired
    LessonCatalog catalog;

    @Autowired
    Fixtures fixtures;

    @Test
    void the_bundled_lesson_exported_as_gift_reads_back_as_the_same_questions_and_reports_the_rest() throws Exception {
        LessonFile original;
        try (InputStream in = getClass().getResourceAsStream("/lessons/kazakhstan-syria.json")) {
            original = new LessonFileReader().read(in);
        }
        List<QuestionDoc> expected = original.lesson().sections().stream()
                .flatMap(s -> s.questions().stream())
                .filter(q -> GIFT_KINDS.contains(q.type()))
                .map(q -> q.type().equals("DEBATE")
                        ? new QuestionDoc(q.key(), q.type(), q.prompt(), null, null, null, null, null, null)
                        // GIFT has no near spellings: a short answer comes back exact.
                        : new QuestionDoc(
                                q.key(),
                                q.type(),
                                q.prompt(),
                                q.explanation(),
                                q.options(),
                                q.answer(),
                                q.accepted(),
                                q.items(),
                                q.sentences()))
                .toList();

        Gift.Export export = Gift.export(catalog.content(fixtures.bundledRevision()));
        Gift.Import back = Gift.read(export.text());

        assertThat(back.questions()).containsExactlyElementsOf(expected);
        assertThat(back.skipped()).isEmpty();
        assertThat(export.skipped())
                .extracting(Gift.Skipped::reasonKey)
                .contains("gift.skipped.ordering", "gift.skipped.evidence", "gift.skipped.poll");
        assertThat(export.skipped()).hasSize(2 + 4 + 2);
        // The file itself says what it left out, in comments Moodle ignores.
        assertThat(export.text().lines().filter(l -> l.startsWith("// Not exported: ")))
                .hasSize(8)
                .contains(
                        "// Not exported: poll-before (The opinion poll belongs to the lesson, not to a question bank.)");
    }

    @Test
    void a_gift_file_with_every_supported_and_some_unsupported_kinds() {
        String gift = """
                // A question bank from another platform
                $CATEGORY: geography

                ::capital::What is the capital of Kazakhstan? {=Astana ~Almaty ~Shymkent #Not this one}

                ::rivers::Which are rivers? {~%50%Ural ~%50%Irtysh ~%-100%Altai}

                ::tf::Astana is on the Ishim river.{T}

                ::short::Name the largest city. {=Almaty =Almaty city}

                ::essay::Should small states mediate? {}

                ::match::Match them. {=Astana -> capital =Almaty -> largest}

                ::num::How many regions? {#17}

                Just a text with no answers.

                ::escaped::Is 2 \\= 2? {=Yes\\, it is ~No \\{never\\} ####Equality.}
                """;
        Gift.Import read = Gift.read(gift);

        assertThat(read.questions())
                .containsExactly(
                        new QuestionDoc(
                                "capital",
                                "SINGLE_CHOICE",
                                "What is the capital of Kazakhstan?",
                                null,
                                List.of(
                                        new OptionDoc("Astana", true),
                                        new OptionDoc("Almaty", false),
                                        new OptionDoc("Shymkent", false)),
                                null,
                                null,
                                null,
                                null),
                        new QuestionDoc(
                                "rivers",
                                "MULTIPLE_CHOICE",
                                "Which are rivers?",
                                null,
                                List.of(
                                        new OptionDoc("Ural", true),
                                        new OptionDoc("Irtysh", true),
                                        new OptionDoc("Altai", false)),
                                null,
                                null,
                                null,
                                null),
                        new QuestionDoc(
                                "tf",
                                "TRUE_FALSE",
                                "Astana is on the Ishim river.",
                                null,
                                null,
                                true,
                                null,
                                null,
                                null),
                        new QuestionDoc(
                                "short",
                                "SHORT_TEXT",
                                "Name the largest city.",
                                null,
                                null,
                                null,
                                List.of("Almaty", "Almaty city"),
                                null,
                                null),
                        new QuestionDoc(
                                "essay", "DEBATE", "Should small states mediate?", null, null, null, null, null, null),
                        new QuestionDoc(
                                "escaped",
                                "SINGLE_CHOICE",
                                "Is 2 = 2?",
                                "Equality.",
                                // A backslash before a character GIFT does not escape (",") stays, as Moodle reads it.
                                List.of(new OptionDoc("Yes\\, it is", true), new OptionDoc("No {never}", false)),
                                null,
                                null,
                                null,
                                null));
        assertThat(read.skipped())
                .extracting(Gift.Skipped::question, Gift.Skipped::reasonKey)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("match", "gift.skipped.matching"),
                        org.assertj.core.groups.Tuple.tuple("num", "gift.skipped.numerical"),
                        org.assertj.core.groups.Tuple.tuple("q8", "gift.skipped.description"));
    }

    @Test
    void an_html_prompt_keeps_its_words_and_loses_its_tags() {
        Gift.Import read = Gift.read("::h::[html]<p>Is <b>Astana</b> the capital?<script>x()</script></p>{T}");

        assertThat(read.questions()).extracting(QuestionDoc::prompt).containsExactly("Is Astana the capital?");
    }

    @Test
    void empty_and_oversized_gift_is_refused() {
        assertThatThrownBy(() -> Gift.read("  "))
                .isInstanceOf(BadInputException.class)
                .hasMessage("The GIFT file is empty.");
        assertThatThrownBy(() -> Gift.read("x".repeat(Gift.MAX_CHARS + 1))).hasMessageContaining("larger than");
    }
}
