package org.agora.lesson;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Pattern;
import org.agora.AgoraTest;
import org.agora.Fixtures;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The bundled lesson's ordering items do not give their order away with dates: it comes from reading. */
class BundledOrderingTest extends AgoraTest {

    private static final Pattern DATE =
            Pattern.compile("\\(|\\b(1[89]|20)\\d\\d\\b|\\b(January|February|March|April|May|June|July|August|September"
                    + "|October|November|December)\\b");

    @Autowired
    Fixtures fixtures;

    @Test
    void no_ordering_item_carries_a_year_a_month_or_a_bracket() {
        List<String> items = fixtures.bundledLesson().allQuestions().stream()
                .filter(q -> q.type() == QuestionType.ORDERING)
                .flatMap(q -> q.options().stream())
                .map(o -> o.text())
                .toList();
        assertThat(items).hasSizeGreaterThanOrEqualTo(8);
        assertThat(items).noneMatch(item -> DATE.matcher(item).find());
    }
}
