package org.agora.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FormulaDefusingTest {

    @Test
    void a_formula_starter_after_any_leading_space_or_in_a_wide_or_small_form_is_defused() {
        assertThat(FormulaDefusing.defused("=1+2")).isEqualTo("'=1+2");
        assertThat(FormulaDefusing.defused("\u00A0=1+2")).isEqualTo("'\u00A0=1+2");
        assertThat(FormulaDefusing.defused("\uFF1D1+2")).isEqualTo("'\uFF1D1+2");
        assertThat(FormulaDefusing.defused("\u3000@SUM(A1)")).isEqualTo("'\u3000@SUM(A1)");
        assertThat(FormulaDefusing.defused("\t=cmd")).isEqualTo("'\t=cmd");
        assertThat(FormulaDefusing.defused(" \u202F\u2007+1")).isEqualTo("' \u202F\u2007+1");
        assertThat(FormulaDefusing.defused("\r\n-1")).isEqualTo("'\r\n-1");
        for (String wide : new String[] {"\uFF0B", "\uFF0D", "\uFF20", "\uFE66", "\uFE62", "\uFE63", "\uFE6B"}) {
            assertThat(FormulaDefusing.defused(wide + "1")).isEqualTo("'" + wide + "1");
        }
    }

    @Test
    void a_field_starting_with_a_tab_or_a_carriage_return_is_defused() {
        assertThat(FormulaDefusing.defused("\tplain")).isEqualTo("'\tplain");
        assertThat(FormulaDefusing.defused("\rplain")).isEqualTo("'\rplain");
    }

    @Test
    void ordinary_text_stays_as_typed_and_a_semicolon_inside_is_left_to_the_quoting() {
        assertThat(FormulaDefusing.defused("semi;=1+3")).isEqualTo("semi;=1+3");
        assertThat(FormulaDefusing.defused("Zoë Ångström")).isEqualTo("Zoë Ångström");
        assertThat(FormulaDefusing.defused("la réponse = 42")).isEqualTo("la réponse = 42");
        assertThat(FormulaDefusing.defused("١٢٣ مرحبا")).isEqualTo("١٢٣ مرحبا");
        assertThat(FormulaDefusing.defused("  spaced")).isEqualTo("  spaced");
        assertThat(FormulaDefusing.defused("")).isEmpty();
        assertThat(FormulaDefusing.defused(null)).isEmpty();
        assertThat(FormulaDefusing.defused("   ")).isEqualTo("   ");
    }

    @Test
    void a_negative_number_typed_as_an_answer_is_defused_too() {
        assertThat(FormulaDefusing.defused("-5")).isEqualTo("'-5");
    }
}
