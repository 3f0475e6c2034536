package org.agora.classroom.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.html.Paragraph;
import java.util.List;
import java.util.stream.IntStream;
import org.agora.KaribuTest;
import org.agora.classroom.AnswerInput;
import org.agora.lesson.LessonContent.SentenceContent;
import org.junit.jupiter.api.Test;

/** Once the most sentences a debate answer may cite are ticked, the others wait until one is unticked. */
class CitationLimitTest extends KaribuTest {

    private final List<SentenceContent> sentences = IntStream.rangeClosed(1, 6)
            .mapToObj(i -> new SentenceContent("s1-" + i, "Sentence " + i + ".", "Sentence " + i + ".", null))
            .toList();

    private static OptionGroup citations(StanceField field) {
        return _find(field.component(), OptionGroup.class, s -> s.withClasses("agora-citations"))
                .get(0);
    }

    private static List<String> disabled(StanceField field) {
        return Ticks.shown(citations(field)).stream()
                .filter(Ticks.Shown::disabled)
                .map(Ticks.Shown::label)
                .toList();
    }

    /** The visible line saying the limit, if any. */
    private static List<String> limitLine(StanceField field) {
        return _find(field.component(), Paragraph.class, s -> s.withClasses("agora-citations-full")).stream()
                .map(Paragraph::getText)
                .toList();
    }

    @Test
    void the_fourth_sentence_cannot_be_ticked_and_a_line_says_why() {
        StanceField field = new StanceField("s1-d1", "Stance", true, sentences);
        Ticks.open(field.component());
        OptionGroup group = citations(field);
        assertThat(AnswerInput.CITATIONS_MAX).isEqualTo(3);

        Ticks.tick(group, "s1-1", "s1-2");
        assertThat(disabled(field)).isEmpty();
        assertThat(limitLine(field)).isEmpty();

        Ticks.tick(group, "s1-1", "s1-2", "s1-5");
        assertThat(disabled(field)).containsExactly("Sentence 3.", "Sentence 4.", "Sentence 6.");
        assertThat(limitLine(field)).containsExactly("You can cite up to 3 sentences.");

        // A forged fourth tick is not kept.
        Ticks.tick(group, "s1-1", "s1-2", "s1-5", "s1-6");
        assertThat(field.value().selection()).containsExactly("s1-1", "s1-2", "s1-5");

        Ticks.tick(group, "s1-1", "s1-5");
        assertThat(disabled(field)).isEmpty();
        assertThat(limitLine(field)).isEmpty();
    }
}
