package org.agora.classroom;

import static org.assertj.core.api.Assertions.assertThat;

import org.agora.AgoraTest;
import org.agora.Fixtures;
import org.agora.lesson.LessonContent;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The right answer a student reads after their tries: joined cleanly, never "years.; Nazarbayev". */
class RightAnswerTest extends AgoraTest {

    @Autowired
    Fixtures fixtures;

    private String rightAnswerOf(String key) {
        LessonContent lesson = fixtures.bundledLesson();
        return RightAnswer.describe(
                lesson.question(key).orElseThrow(), lesson.sectionOf(key).orElseThrow());
    }

    @Test
    void several_right_options_are_joined_without_a_full_stop_before_each_semicolon() {
        assertThat(rightAnswerOf("s1-q2"))
                .isEqualTo("Kazakhstan has been a strategic partner of the Syrian government for many years; "
                        + "Nazarbayev will probably back Russia's push to sideline Islamist opposition groups.");
    }

    @Test
    void an_ordering_reads_as_a_numbered_list() {
        LessonContent lesson = fixtures.bundledLesson();
        var items = lesson.question("s2-q2").orElseThrow().options();
        assertThat(rightAnswerOf("s2-q2"))
                .isEqualTo("1. " + items.get(0).text() + ", 2. " + items.get(1).text() + ", 3. "
                        + items.get(2).text() + ", 4. " + items.get(3).text())
                .doesNotContain(".,", ".;", "→");
    }
}
