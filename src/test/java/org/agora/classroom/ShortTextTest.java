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
        assertThat(ShortText.normalize("Ástana")).isEqualTo("astana");
        assertThat(ShortText.normalize("Salafísts")).isEqualTo("salafists");
    }

    @Test
    void different_words_stay_different() {
        assertThat(ShortText.normalize("Almaty")).isNotEqualTo(ShortText.normalize("Astana"));
    }
}
