package org.agora.classroom.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Paragraph;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
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

    @SuppressWarnings("unchecked")
    private static CheckboxGroup<SentenceContent> citations(StanceField field) {
        return _find(field.component(), CheckboxGroup.class).get(0);
    }

    private static List<Checkbox> disabled(StanceField field) {
        return _find(field.component(), Checkbox.class).stream()
                // The group disables an item through its "disabled" property.
                .filter(c -> !c.isEnabled() || c.getElement().getProperty("disabled", false))
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
        StanceField field = new StanceField("Stance", true, sentences);
        _find(field.component(), Details.class).get(0).setOpened(true);
        CheckboxGroup<SentenceContent> group = citations(field);
        assertThat(AnswerInput.CITATIONS_MAX).isEqualTo(3);

        group.setValue(Set.of(sentences.get(0), sentences.get(1)));
        assertThat(disabled(field)).isEmpty();
        assertThat(limitLine(field)).isEmpty();

        group.setValue(Set.of(sentences.get(0), sentences.get(1), sentences.get(4)));
        assertThat(disabled(field))
                .extracting(Checkbox::getLabel)
                .containsExactlyInAnyOrder("Sentence 3.", "Sentence 4.", "Sentence 6.");
        assertThat(limitLine(field)).containsExactly("You can cite up to 3 sentences.");

        Set<SentenceContent> two = new HashSet<>(group.getValue());
        two.remove(sentences.get(1));
        group.setValue(two);
        assertThat(disabled(field)).isEmpty();
        assertThat(limitLine(field)).isEmpty();
    }
}
