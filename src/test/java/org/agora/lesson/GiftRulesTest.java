package org.agora.lesson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.agora.base.BadInputException;
import org.agora.lesson.LessonFile.OptionDoc;
import org.agora.lesson.LessonFile.QuestionDoc;
import org.junit.jupiter.api.Test;

/** Moodle's GIFT rules, each on a small bank written for this test. */
class GiftRulesTest {

    private static QuestionDoc only(String gift) {
        Gift.Import read = Gift.read(gift);
        assertThat(read.questions()).hasSize(1);
        return read.questions().get(0);
    }

    @Test
    void the_answer_of_full_credit_is_the_right_one_when_others_have_partial_credit() {
        QuestionDoc q = only("Which river is longest? {~Ob ~%50%Irtysh =Yenisei}");

        assertThat(q.type()).isEqualTo("SINGLE_CHOICE");
        assertThat(q.options())
                .containsExactly(
                        new OptionDoc("Ob", false), new OptionDoc("Irtysh", false), new OptionDoc("Yenisei", true));
    }

    @Test
    void answers_sharing_the_credit_are_all_right_and_negative_ones_wrong() {
        QuestionDoc q = only("Which are rivers? {~%50%Ural ~%50%Irtysh ~%-100%Altai}");

        assertThat(q.type()).isEqualTo("MULTIPLE_CHOICE");
        assertThat(q.options()).extracting(OptionDoc::correct).containsExactly(true, true, false);
    }

    @Test
    void short_answers_lose_their_weights_and_only_full_credit_ones_are_accepted() {
        QuestionDoc q = only("Where is Astana? {=Kazakhstan =%100%Qazaqstan =%50%Asia}");

        assertThat(q.accepted()).containsExactly("Kazakhstan", "Qazaqstan");
    }

    @Test
    void true_false_with_feedback_and_a_missing_word_with_its_blank_are_read() {
        Gift.Import read = Gift.read("Astana is by the sea.{FALSE#It is inland.#Right, it is inland.}\n\n"
                + "Astana lies on the {~Ural =Ishim ~Ob} river.");

        assertThat(read.questions()).extracting(QuestionDoc::type).containsExactly("TRUE_FALSE", "SINGLE_CHOICE");
        assertThat(read.questions().get(0).answer()).isFalse();
        assertThat(read.questions().get(1).prompt()).isEqualTo("Astana lies on the _____ river.");
    }

    @Test
    void a_matching_question_is_told_apart_from_a_short_answer() {
        Gift.Import read = Gift.read("::m:: Match the capitals. {=Kazakhstan -> Astana =Kyrgyzstan -> Bishkek}");

        assertThat(read.questions()).isEmpty();
        assertThat(read.skipped()).extracting(Gift.Skipped::reasonKey).containsExactly("gift.skipped.matching");
    }

    @Test
    void format_markers_and_html_become_text() {
        Gift.Import read = Gift.read("::h::[html]<p dir=\"ltr\">Is&nbsp;<b>Astana</b> the capital?</p>{T}\n\n"
                + "::m::[markdown]Pick *one*. {=[moodle]Yes ~[plain]No}");

        assertThat(read.questions().get(0).prompt()).isEqualTo("Is Astana the capital?");
        assertThat(read.questions().get(1).prompt()).isEqualTo("Pick *one*.");
        assertThat(read.questions().get(1).options())
                .extracting(OptionDoc::text)
                .containsExactly("Yes", "No");
    }

    @Test
    void escapes_are_read_as_moodle_reads_them_and_tex_keeps_its_backslashes() {
        QuestionDoc q = only("Is $a \\neq b$ true\\: yes or no? {=\\{yes\\} ~no\\nreally}");

        assertThat(q.prompt()).isEqualTo("Is $a \\neq b$ true: yes or no?");
        assertThat(q.options()).extracting(OptionDoc::text).containsExactly("{yes}", "no\nreally");
    }

    @Test
    void a_blank_line_inside_the_answers_does_not_end_the_question() {
        QuestionDoc q = only("Which is a steppe animal? {\n~Penguin\n\n=Saiga\n}");

        assertThat(q.options()).extracting(OptionDoc::text).containsExactly("Penguin", "Saiga");
    }

    @Test
    void a_file_that_is_not_text_is_refused_by_name() {
        assertThatThrownBy(() -> Gift.read("PK\u0003\u0004\u0000\u0000binary{=x}"))
                .isInstanceOf(BadInputException.class)
                .hasMessage("This is not a GIFT text file: it holds bytes that are not text.");
    }
}
