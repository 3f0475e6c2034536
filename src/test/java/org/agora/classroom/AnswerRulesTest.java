package org.agora.classroom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.agora.base.BadInputException;
import org.agora.lesson.LessonContent.OptionContent;
import org.agora.lesson.LessonContent.ParagraphContent;
import org.agora.lesson.LessonContent.QuestionContent;
import org.agora.lesson.LessonContent.SectionContent;
import org.agora.lesson.LessonContent.SentenceContent;
import org.agora.lesson.QuestionType;
import org.agora.lesson.SectionMarkdown;
import org.junit.jupiter.api.Test;

class AnswerRulesTest {

    private static final List<OptionContent> THREE = List.of(
            new OptionContent(11, "a", false), new OptionContent(12, "b", true), new OptionContent(13, "c", false));
    private static final SectionContent SECTION = new SectionContent(
            0,
            "s1",
            "One",
            List.of(new ParagraphContent(
                    SectionMarkdown.Kind.TEXT,
                    List.of(SentenceContent.plain("s1-1", "First."), SentenceContent.plain("s1-2", "Second.")))),
            List.of());

    private static QuestionContent question(
            QuestionType type, List<OptionContent> options, List<String> accepted, List<String> evidence) {
        return new QuestionContent(1, "s1-q1", type, "?", "because", options, accepted, evidence);
    }

    @Test
    void single_choice_is_right_only_with_the_right_option() {
        QuestionContent q = question(QuestionType.SINGLE_CHOICE, THREE, List.of(), List.of());
        assertThat(AnswerRules.score(q, AnswerInput.choice(List.of("12")))).isTrue();
        assertThat(AnswerRules.score(q, AnswerInput.choice(List.of("11")))).isFalse();
    }

    @Test
    void multiple_choice_needs_exactly_the_right_set() {
        List<OptionContent> options = List.of(
                new OptionContent(1, "a", true), new OptionContent(2, "b", true), new OptionContent(3, "c", false));
        QuestionContent q = question(QuestionType.MULTIPLE_CHOICE, options, List.of(), List.of());
        assertThat(AnswerRules.score(q, AnswerInput.choice(List.of("2", "1")))).isTrue();
        assertThat(AnswerRules.score(q, AnswerInput.choice(List.of("1")))).isFalse();
        assertThat(AnswerRules.score(q, AnswerInput.choice(List.of("1", "2", "3"))))
                .isFalse();
    }

    @Test
    void true_false_is_scored_like_a_choice_of_two() {
        List<OptionContent> options = List.of(new OptionContent(5, "True", false), new OptionContent(6, "False", true));
        QuestionContent q = question(QuestionType.TRUE_FALSE, options, List.of(), List.of());
        assertThat(AnswerRules.score(q, AnswerInput.choice(List.of("6")))).isTrue();
        assertThat(AnswerRules.score(q, AnswerInput.choice(List.of("5")))).isFalse();
    }

    @Test
    void short_text_matches_an_accepted_answer_ignoring_case_accents_and_punctuation() {
        QuestionContent q = question(QuestionType.SHORT_TEXT, List.of(), List.of("Astana", "Nur-Sultan"), List.of());
        assertThat(AnswerRules.score(q, AnswerInput.text(" ástana. "))).isTrue();
        assertThat(AnswerRules.score(q, AnswerInput.text("nur sultan"))).isTrue();
        assertThat(AnswerRules.score(q, AnswerInput.text("Almaty"))).isFalse();
    }

    @Test
    void short_text_accepts_near_spellings_only_when_the_question_says_so() {
        QuestionContent exact = question(QuestionType.SHORT_TEXT, List.of(), List.of("Qatar"), List.of());
        QuestionContent lenient = new QuestionContent(
                1, "s1-q1", QuestionType.SHORT_TEXT, "?", "because", List.of(), List.of("Qatar"), List.of(), true);
        assertThat(AnswerRules.score(exact, AnswerInput.text("Quatar"))).isFalse();
        assertThat(AnswerRules.score(lenient, AnswerInput.text("Quatar"))).isTrue();
        assertThat(AnswerRules.score(lenient, AnswerInput.text("qatar"))).isTrue();
        assertThat(AnswerRules.score(lenient, AnswerInput.text("Oman"))).isFalse();
    }

    @Test
    void short_text_in_other_digits_matches_the_accepted_number() {
        QuestionContent q = question(QuestionType.SHORT_TEXT, List.of(), List.of("2011"), List.of());
        assertThat(AnswerRules.score(q, AnswerInput.text("\u0662\u0660\u0661\u0661")))
                .isTrue();
    }

    @Test
    void ordering_is_right_only_in_the_full_right_order() {
        QuestionContent q = question(QuestionType.ORDERING, THREE, List.of(), List.of());
        assertThat(AnswerRules.score(q, AnswerInput.choice(List.of("11", "12", "13"))))
                .isTrue();
        // Partly right (the last item in place) is still wrong; so is the whole list reversed.
        assertThat(AnswerRules.score(q, AnswerInput.choice(List.of("12", "11", "13"))))
                .isFalse();
        assertThat(AnswerRules.score(q, AnswerInput.choice(List.of("13", "12", "11"))))
                .isFalse();
    }

    @Test
    void evidence_is_right_only_on_the_proving_sentence() {
        QuestionContent q = question(QuestionType.EVIDENCE, List.of(), List.of(), List.of("s1-2"));
        assertThat(AnswerRules.score(q, AnswerInput.choice(List.of("s1-2")))).isTrue();
        assertThat(AnswerRules.score(q, AnswerInput.choice(List.of("s1-1")))).isFalse();
    }

    @Test
    void debate_and_poll_answers_are_not_scored() {
        assertThat(AnswerRules.score(
                        question(QuestionType.DEBATE, List.of(), List.of(), List.of()),
                        AnswerInput.stance(4, "Because the text says so.")))
                .isNull();
        assertThat(AnswerRules.score(
                        question(QuestionType.POLL_BEFORE, List.of(), List.of(), List.of()),
                        new AnswerInput(List.of(), null, 2)))
                .isNull();
    }

    @Test
    void empty_and_malformed_answers_are_refused_with_a_message() {
        QuestionContent single = question(QuestionType.SINGLE_CHOICE, THREE, List.of(), List.of());
        assertThatThrownBy(() -> AnswerRules.check(single, SECTION, AnswerInput.choice(List.of())))
                .isInstanceOf(BadInputException.class)
                .hasMessage("Choose an answer first.");
        assertThatThrownBy(() -> AnswerRules.check(single, SECTION, AnswerInput.choice(List.of("99"))))
                .isInstanceOf(BadInputException.class);
        QuestionContent text = question(QuestionType.SHORT_TEXT, List.of(), List.of("x"), List.of());
        assertThatThrownBy(() -> AnswerRules.check(text, SECTION, AnswerInput.text("   ")))
                .hasMessage("Type an answer first.");
        assertThatThrownBy(() -> AnswerRules.check(text, SECTION, AnswerInput.text("x".repeat(201))))
                .hasMessageContaining("limit is 200");
        QuestionContent order = question(QuestionType.ORDERING, THREE, List.of(), List.of());
        assertThatThrownBy(() -> AnswerRules.check(order, SECTION, AnswerInput.choice(List.of("11", "12"))))
                .hasMessage("Put every item in order before sending.");
        QuestionContent evidence = question(QuestionType.EVIDENCE, List.of(), List.of(), List.of("s1-2"));
        assertThatThrownBy(() -> AnswerRules.check(evidence, SECTION, AnswerInput.choice(List.of("s9-9"))))
                .isInstanceOf(BadInputException.class);
    }

    @Test
    void a_debate_answer_needs_a_stance_and_an_argument_within_bounds() {
        QuestionContent debate = question(QuestionType.DEBATE, List.of(), List.of(), List.of());
        assertThatThrownBy(() -> AnswerRules.check(debate, SECTION, new AnswerInput(List.of(), "A good reason.", null)))
                .hasMessage("Choose where you stand first.");
        assertThatThrownBy(() -> AnswerRules.check(debate, SECTION, AnswerInput.stance(3, "short")))
                .hasMessageContaining("at least 10");
        assertThatThrownBy(() -> AnswerRules.check(debate, SECTION, AnswerInput.stance(3, "y".repeat(2001))))
                .hasMessageContaining("limit is 2,000");
        assertThatThrownBy(() -> AnswerRules.check(debate, SECTION, AnswerInput.stance(6, "A good reason.")))
                .isInstanceOf(BadInputException.class);
        assertThat(AnswerRules.check(debate, SECTION, AnswerInput.stance(5, "  A good reason.  "))
                        .text())
                .isEqualTo("A good reason.");
    }

    @Test
    void a_debate_answer_cites_at_most_three_sentences_of_its_own_section() {
        QuestionContent debate = question(QuestionType.DEBATE, List.of(), List.of(), List.of());
        assertThat(AnswerRules.check(debate, SECTION, AnswerInput.argued(4, "A good reason.", List.of("s1-2", "s1-1")))
                        .selection())
                .containsExactly("s1-2", "s1-1");
        assertThatThrownBy(() -> AnswerRules.check(
                        debate,
                        SECTION,
                        AnswerInput.argued(4, "A good reason.", List.of("s1-1", "s1-2", "s1-1", "s1-2"))))
                .hasMessage("Cite at most 3 sentences.");
        assertThatThrownBy(() ->
                        AnswerRules.check(debate, SECTION, AnswerInput.argued(4, "A good reason.", List.of("s2-1"))))
                .hasMessage("Cite sentences of this section only, each once.");
    }
}
