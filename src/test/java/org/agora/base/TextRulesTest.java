package org.agora.base;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextRulesTest {

    @Test
    void clean_trims_and_collapses_white_space() {
        assertThat(TextRules.clean("  Ana \t  Maria \n")).isEqualTo("Ana Maria");
        assertThat(TextRules.clean(null)).isEmpty();
    }

    @Test
    void control_and_invisible_characters_are_found() {
        assertThat(TextRules.hasHiddenCharacters("Ana\u0007")).isTrue();
        assertThat(TextRules.hasHiddenCharacters("A\u200Bna")).isTrue();
        assertThat(TextRules.hasHiddenCharacters("\u202Eana")).isTrue();
    }

    @Test
    void pasted_text_loses_its_hidden_characters_but_keeps_emoji_right_to_left_text_and_line_breaks() {
        String pasted = "Astana\u00AD\u200B hosted\u0000 the\ttalks\r\n\u202Egnol\u202C \uD800👩‍🎓 דנה";
        assertThat(TextRules.withoutHiddenCharacters(pasted, true))
                .isEqualTo("Astana hosted the talks\ngnol 👩‍🎓 דנה");
        assertThat(TextRules.withoutHiddenCharacters(pasted, false))
                .isEqualTo("Astana hosted the talks gnol 👩‍🎓 דנה");
        assertThat(TextRules.withoutHiddenCharacters(null, true)).isNull();
    }

    @Test
    void right_to_left_scripts_and_emoji_are_ordinary_text() {
        assertThat(TextRules.hasHiddenCharacters("مريم")).isFalse();
        assertThat(TextRules.hasHiddenCharacters("דנה 🙂")).isFalse();
        assertThat(TextRules.hasHiddenCharacters("👩‍🎓 Zoe")).isFalse();
    }

    @Test
    void length_counts_an_emoji_once() {
        assertThat(TextRules.length("🙂🙂")).isEqualTo(2);
    }
}
