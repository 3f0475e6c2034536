package org.agora.classroom;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ShortTextTest {

    @Test
    void case_spacing_punctuation_and_accents_are_ignored() {
        assertThat(ShortText.normalize("  Astana. ")).isEqualTo("astana");
        assertThat(ShortText.normalize("ASTANA")).isEqualTo("astana");
        assertThat(ShortText.normalize("Nur-Sultan")).isEqualTo("nur sultan");
        assertThat(ShortText.normalize("nur   sultan!")).isEqualTo("nur sultan");
        assertThat(ShortText.normalize("\u00c1stana")).isEqualTo("astana");
        assertThat(ShortText.normalize("Salaf\u00edsts")).isEqualTo("salafists");
    }

    @Test
    void digits_of_every_script_count_as_the_same_digits() {
        assertThat(ShortText.normalize("\u0662\u0660\u0661\u0661")).isEqualTo("2011"); // Arabic-Indic
        assertThat(ShortText.normalize("\u06f2\u06f0\u06f1\u06f1")).isEqualTo("2011"); // Persian
        assertThat(ShortText.normalize("\u0968\u0966\u0967\u0967")).isEqualTo("2011"); // Devanagari
        assertThat(ShortText.normalize("\u09e8\u09e6\u09e7\u09e7")).isEqualTo("2011"); // Bengali
        assertThat(ShortText.normalize("\uff12\uff10\uff11\uff11")).isEqualTo("2011"); // full-width
        assertThat(ShortText.normalize("August \u0662\u0660\u0661\u0661.")).isEqualTo("august 2011");
        // Outside the Basic Multilingual Plane too (mathematical bold, Adlam).
        assertThat(ShortText.normalize("\uD835\uDFD0\uD835\uDFCE\uD835\uDFCF\uD835\uDFCF"))
                .isEqualTo("2011");
        assertThat(ShortText.normalize("\uD83A\uDD52\uD83A\uDD50\uD83A\uDD51\uD83A\uDD51"))
                .isEqualTo("2011");
    }

    @Test
    void numerals_that_are_not_decimal_digits_stay_letters() {
        // A Roman numeral has a numeric value (12) but is no digit: it reads as the letters it is made of.
        assertThat(ShortText.normalize("\u216b")).isEqualTo("xii");
        assertThat(ShortText.normalize("\u0662\u0660\u0661\u0662")).isNotEqualTo(ShortText.normalize("2011"));
    }

    @Test
    void different_words_stay_different() {
        assertThat(ShortText.normalize("Almaty")).isNotEqualTo(ShortText.normalize("Astana"));
    }
}
