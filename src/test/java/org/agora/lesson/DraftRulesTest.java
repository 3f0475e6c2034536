package org.agora.lesson;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.agora.lesson.LessonDraft.Details;
import org.agora.lesson.LessonDraft.SectionDraft;
import org.agora.lesson.LessonFile.OptionDoc;
import org.agora.lesson.LessonFile.PollDoc;
import org.agora.lesson.LessonFile.QuestionDoc;
import org.junit.jupiter.api.Test;

/** Each rule of a lesson draft, broken once: the problem names the field and the rule. */
class DraftRulesTest {

    private static final String TEXT = "The talks began in *Astana*. They were about [Syria](https://example.org).";

    private static QuestionDoc q(
            String type,
            List<OptionDoc> options,
            Boolean answer,
            List<String> accepted,
            List<String> items,
            List<String> sentences) {
        return new QuestionDoc(
                "s1-" + type.toLowerCase(Locale.ROOT).replace('_', '-'),
                type,
                "Which one?",
                "Because the text says so.",
                options,
                answer,
                accepted,
                items,
                sentences);
    }

    private static LessonDraft draftWith(QuestionDoc... questions) {
        return new LessonDraft(
                1,
                1,
                0,
                new Details("A lesson", "en", null, null, null, null, null, null),
                new PollDoc("poll", "Talks help."),
                List.of(new SectionDraft("s1", "One", TEXT, Map.of(), List.of(questions))));
    }

    private static List<DraftProblem> problems(LessonDraft draft) {
        return DraftRules.check(draft);
    }

    private static void assertOnly(LessonDraft draft, String field, String key) {
        assertThat(problems(draft))
                .extracting(DraftProblem::field, DraftProblem::key)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(field, key));
    }

    private static List<OptionDoc> options(boolean... right) {
        List<OptionDoc> options = new ArrayList<>();
        for (int i = 0; i < right.length; i++) {
            options.add(new OptionDoc("Option " + i, right[i]));
        }
        return options;
    }

    @Test
    void near_spellings_belong_to_short_text_questions_only() {
        QuestionDoc shortText = new QuestionDoc(
                "s1-q1", "SHORT_TEXT", "Where?", "Because.", null, null, List.of("Qatar"), null, null, true);
        assertThat(problems(draftWith(shortText))).isEmpty();
        QuestionDoc trueFalse =
                new QuestionDoc("s1-q2", "TRUE_FALSE", "Is it?", "Because.", null, true, null, null, null, true);
        assertOnly(draftWith(trueFalse), "question-0-0-prompt", "draft.near-spellings.short-text-only");
    }

    @Test
    void a_draft_with_one_question_of_each_type_done_right_has_no_problem() {
        assertThat(problems(draftWith(
                        q("SINGLE_CHOICE", options(false, true), null, null, null, null),
                        q("MULTIPLE_CHOICE", options(true, true, false), null, null, null, null),
                        q("TRUE_FALSE", null, false, null, null, null),
                        q("SHORT_TEXT", null, null, List.of("Astana"), null, null),
                        q("ORDERING", null, null, null, List.of("a", "b", "c"), null),
                        q("EVIDENCE", null, null, null, null, List.of("s1-2")),
                        new QuestionDoc("s1-q99", "DEBATE", "Should they?", null, null, null, null, null, null))))
                .isEmpty();
    }

    @Test
    void single_choice_needs_two_options() {
        assertOnly(
                draftWith(q("SINGLE_CHOICE", options(true), null, null, null, null)),
                "question-0-0-options",
                "draft.options.two");
    }

    @Test
    void single_choice_needs_exactly_one_right_option() {
        assertOnly(
                draftWith(q("SINGLE_CHOICE", options(true, true), null, null, null, null)),
                "question-0-0-options",
                "draft.single.one-right");
        assertOnly(
                draftWith(q("SINGLE_CHOICE", options(false, false), null, null, null, null)),
                "question-0-0-options",
                "draft.single.one-right");
    }

    @Test
    void multiple_choice_needs_at_least_one_right_option() {
        assertOnly(
                draftWith(q("MULTIPLE_CHOICE", options(false, false, false), null, null, null, null)),
                "question-0-0-options",
                "draft.multiple.some-right");
    }

    @Test
    void an_option_may_not_be_empty_nor_longer_than_its_column() {
        List<OptionDoc> blank = List.of(new OptionDoc(" ", true), new OptionDoc("b", false));
        assertOnly(
                draftWith(q("SINGLE_CHOICE", blank, null, null, null, null)),
                "question-0-0-options",
                "draft.item.empty");
        List<OptionDoc> longOne = List.of(new OptionDoc("x".repeat(301), true), new OptionDoc("b", false));
        assertOnly(
                draftWith(q("SINGLE_CHOICE", longOne, null, null, null, null)),
                "question-0-0-options",
                "draft.item.long");
    }

    @Test
    void a_choice_question_has_at_most_twelve_options() {
        assertOnly(
                draftWith(q("MULTIPLE_CHOICE", options(new boolean[13]), null, null, null, null)),
                "question-0-0-options",
                "draft.options.too-many");
    }

    @Test
    void true_false_needs_its_answer() {
        assertOnly(
                draftWith(q("TRUE_FALSE", null, null, null, null, null)),
                "question-0-0-answer",
                "draft.true-false.answer");
    }

    @Test
    void ordering_needs_at_least_three_items() {
        assertOnly(
                draftWith(q("ORDERING", null, null, null, List.of("a", "b"), null)),
                "question-0-0-items",
                "draft.ordering.three");
    }

    @Test
    void evidence_must_point_at_a_sentence_of_its_section() {
        assertOnly(
                draftWith(q("EVIDENCE", null, null, null, null, List.of("s1-9"))),
                "question-0-0-sentences",
                "draft.evidence.missing");
        assertOnly(
                draftWith(q("EVIDENCE", null, null, null, null, List.of())),
                "question-0-0-sentences",
                "draft.evidence.none");
    }

    @Test
    void short_text_needs_at_least_one_accepted_answer() {
        assertOnly(
                draftWith(q("SHORT_TEXT", null, null, List.of(" ", ""), null, null)),
                "question-0-0-accepted",
                "draft.short.accepted");
    }

    @Test
    void an_accepted_answer_is_bounded() {
        assertOnly(
                draftWith(q("SHORT_TEXT", null, null, List.of("y".repeat(201)), null, null)),
                "question-0-0-accepted",
                "draft.short.long");
    }

    @Test
    void a_comprehension_question_needs_a_prompt_and_an_explanation_both_bounded() {
        QuestionDoc noPrompt = new QuestionDoc("s1-q1", "TRUE_FALSE", "", "Why.", null, true, null, null, null);
        assertOnly(draftWith(noPrompt), "question-0-0-prompt", "draft.required");
        QuestionDoc noWhy = new QuestionDoc("s1-q1", "TRUE_FALSE", "Is it?", null, null, true, null, null, null);
        // A draft may wait for its explanations (an imported bank has none); publishing asks for them.
        assertThat(DraftRules.check(draftWith(noWhy))).isEmpty();
        assertThat(DraftRules.check(draftWith(noWhy), true))
                .extracting(DraftProblem::field, DraftProblem::key)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("question-0-0-explanation", "draft.required"));
        QuestionDoc longPrompt =
                new QuestionDoc("s1-q1", "TRUE_FALSE", "p".repeat(501), "Why.", null, true, null, null, null);
        assertOnly(draftWith(longPrompt), "question-0-0-prompt", "draft.too-long");
    }

    @Test
    void the_title_and_language_are_required_and_bounded() {
        UnaryOperator<Details> noTitle = d -> new Details(" ", "en", null, null, null, null, null, null);
        assertOnly(draftWith().withDetails(noTitle.apply(null)), "title", "draft.required");
        assertOnly(
                draftWith().withDetails(new Details("t".repeat(201), "en", null, null, null, null, null, null)),
                "title",
                "draft.too-long");
        assertOnly(
                draftWith().withDetails(new Details("T", "", null, null, null, null, null, null)),
                "language",
                "draft.required");
    }

    @Test
    void source_fields_are_bounded() {
        assertOnly(
                draftWith().withDetails(new Details("T", "en", "l".repeat(81), null, null, null, null, null)),
                "level",
                "draft.too-long");
        assertOnly(
                draftWith().withDetails(new Details("T", "en", null, "a".repeat(201), null, null, null, null)),
                "author",
                "draft.too-long");
        assertOnly(
                draftWith().withDetails(new Details("T", "en", null, null, null, "d".repeat(41), null, null)),
                "date",
                "draft.too-long");
    }

    @Test
    void the_source_address_is_a_web_address_and_never_a_script() {
        assertOnly(
                draftWith().withDetails(new Details("T", "en", null, null, null, null, "javascript:alert(1)", null)),
                "url",
                "draft.url.web");
        assertThat(problems(draftWith()
                        .withDetails(new Details(
                                "T",
                                "en",
                                null,
                                null,
                                null,
                                null,
                                "https://thediplomat.com/2016/12/kazakhstan",
                                null))))
                .isEmpty();
    }

    @Test
    void a_lesson_needs_a_section_with_a_title_and_text() {
        assertOnly(draftWith().withSections(List.of()), "sections", "draft.sections.none");
        SectionDraft untitled = new SectionDraft("s1", "", TEXT, Map.of(), List.of());
        assertOnly(draftWith().withSections(List.of(untitled)), "section-0-title", "draft.required");
        SectionDraft empty = new SectionDraft("s1", "One", " \n\n ", Map.of(), List.of());
        assertOnly(draftWith().withSections(List.of(empty)), "section-0-text", "draft.section.no-text");
    }

    @Test
    void a_sentence_longer_than_its_column_is_named() {
        SectionDraft longSentence = new SectionDraft("s1", "One", "w".repeat(1001) + ".", Map.of(), List.of());
        assertOnly(draftWith().withSections(List.of(longSentence)), "section-0-text", "draft.section.long-sentence");
    }

    @Test
    void the_poll_prompt_is_bounded() {
        assertOnly(draftWith().withPoll(new PollDoc("poll", "p".repeat(501))), "poll", "draft.too-long");
    }

    @Test
    void a_question_key_used_twice_is_refused() {
        QuestionDoc one = new QuestionDoc("s1-q1", "DEBATE", "A?", null, null, null, null, null, null);
        QuestionDoc two = new QuestionDoc("s1-q1", "DEBATE", "B?", null, null, null, null, null, null);
        assertOnly(draftWith(one, two), "question-0-1-prompt", "draft.key");
    }

    @Test
    void a_poll_is_not_a_section_question() {
        QuestionDoc poll = new QuestionDoc("s1-q1", "POLL_BEFORE", "A?", null, null, null, null, null, null);
        assertOnly(draftWith(poll), "question-0-0-prompt", "draft.type");
    }

    @Test
    void a_new_question_key_is_unused_even_when_the_poll_and_a_section_share_a_key_or_the_key_is_long() {
        SectionDraft intro = new SectionDraft(
                "intro",
                "Intro",
                TEXT,
                Map.of(),
                List.of(new QuestionDoc("intro-q1", "DEBATE", "A?", null, null, null, null, null, null)));
        assertThat(LessonEditing.newQuestionKey(List.of(intro), new PollDoc("intro", "Talks help."), "intro"))
                .isEqualTo("intro-q2");
        String longKey = "s".repeat(40);
        assertThat(LessonEditing.newQuestionKey(List.of(), null, longKey)).hasSizeLessThanOrEqualTo(40);
    }
}
