package org.agora.classroom;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class JoinCodeTest {

    @Test
    void random_codes_have_six_characters_and_no_look_alikes() {
        IntStream.range(0, 2000).mapToObj(i -> JoinCode.random()).forEach(code -> {
            assertThat(code).hasSize(6);
            assertThat(code).doesNotContain("0", "O", "1", "I", "L");
            assertThat(code.chars()).allMatch(c -> JoinCode.ALPHABET.indexOf(c) >= 0);
        });
    }

    @Test
    void typed_codes_are_read_case_insensitively_and_without_spaces_or_dashes() {
        assertThat(JoinCode.normalize(" k7q-x2m ")).contains("K7QX2M");
        assertThat(JoinCode.normalize("k7q x2m")).contains("K7QX2M");
    }

    @Test
    void codes_of_the_wrong_length_or_with_look_alikes_are_refused() {
        assertThat(JoinCode.normalize("K7QX2")).isEmpty();
        assertThat(JoinCode.normalize("K7QX2MM")).isEmpty();
        assertThat(JoinCode.normalize("K7QX0M")).isEmpty();
        assertThat(JoinCode.normalize("")).isEmpty();
        assertThat(JoinCode.normalize(null)).isEmpty();
    }
}
