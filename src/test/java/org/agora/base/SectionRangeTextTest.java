package org.agora.base;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The dashboard's pacing line names one section as "section 1", never as the range "sections 1-1". */
class SectionRangeTextTest {

    @Test
    void one_section_is_named_alone_and_several_as_a_range() {
        assertThat(Messages.english("dashboard.pacing.revealed", 1)).isEqualTo(" · answers revealed for section 1");
        assertThat(Messages.english("dashboard.pacing.revealed", 3)).isEqualTo(" · answers revealed for sections 1-3");
        assertThat(Messages.english("dashboard.pacing.locked", 1)).isEqualTo(" · section 1 locked");
        assertThat(Messages.english("dashboard.pacing.locked", 2)).isEqualTo(" · sections 1-2 locked");
    }
}
