package org.agora.classroom.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import java.util.List;
import org.agora.KaribuTest;
import org.junit.jupiter.api.Test;

/** A question's options as the browser's own inputs: what the server keeps and what the browser is sent. */
class OptionGroupTest extends KaribuTest {

    private static OptionGroup group(OptionGroup.Kind kind) {
        return new OptionGroup(
                kind,
                "answer-q",
                "Your answer",
                List.of(
                        new OptionGroup.Option("11", "Astana"),
                        new OptionGroup.Option("12", "Almaty"),
                        new OptionGroup.Option("13", "Shymkent")));
    }

    private static List<String> shownTicked(OptionGroup group) {
        return Ticks.shown(group).stream()
                .filter(Ticks.Shown::ticked)
                .map(Ticks.Shown::value)
                .toList();
    }

    @Test
    void a_tick_in_the_browser_is_kept_without_sending_the_options_again() {
        OptionGroup group = group(OptionGroup.Kind.ONE);
        String drawn = group.getElement().getProperty("innerHTML");
        Ticks.tick(group, "12");
        assertThat(group.value()).containsExactly("12");
        assertThat(group.getElement().getProperty("innerHTML")).isSameAs(drawn);
    }

    @Test
    void values_that_are_not_options_are_ignored_and_a_single_choice_stays_single() {
        OptionGroup one = group(OptionGroup.Kind.ONE);
        Ticks.tick(one, "99");
        assertThat(one.value()).isEmpty();
        Ticks.tick(one, "11", "13");
        assertThat(one.value()).containsExactly("11");
        OptionGroup any = group(OptionGroup.Kind.ANY);
        Ticks.tick(any, "13", "x\"><script>", "11");
        assertThat(any.value()).containsExactly("11", "13");
    }

    @Test
    void a_read_only_group_takes_no_change_and_draws_every_option_disabled() {
        OptionGroup group = group(OptionGroup.Kind.ONE);
        group.setValue(List.of("11"));
        group.setReadOnly(true);
        Ticks.tick(group, "12");
        assertThat(group.value()).containsExactly("11");
        assertThat(Ticks.shown(group)).allMatch(Ticks.Shown::disabled);
        assertThat(shownTicked(group)).containsExactly("11");
    }

    @Test
    void a_stored_answer_is_drawn_ticked_and_labels_are_text_not_html() {
        OptionGroup group = new OptionGroup(
                OptionGroup.Kind.ANY,
                "answer-q",
                "<b>Pick</b>",
                List.of(
                        new OptionGroup.Option("1", "<img src=x onerror=alert(1)>"),
                        new OptionGroup.Option("2", "B"),
                        new OptionGroup.Option("3\" onfocus=\"alert(2)", "A value that closes its quote")));
        group.setValue(List.of("2"));
        assertThat(shownTicked(group)).containsExactly("2");
        String html = group.getElement().getProperty("innerHTML");
        assertThat(html).contains("&lt;img src=x onerror=alert(1)&gt;").contains("&lt;b&gt;Pick&lt;/b&gt;");
        assertThat(html).contains("value=\"3&quot; onfocus=&quot;alert(2)\"");
        org.agora.SafeHtml.assertSafe(html, "option labels and values");
    }

    @Test
    void shown_again_after_the_student_moved_away_it_carries_the_ticks_of_now() {
        OptionGroup group = group(OptionGroup.Kind.ANY);
        UI.getCurrent().add(group);
        Ticks.tick(group, "11", "13");
        assertThat(shownTicked(group)).as("the browser shows the ticks itself").isEmpty();
        UI.getCurrent().remove(group);
        UI.getCurrent().add(group);
        assertThat(shownTicked(group)).containsExactly("11", "13");
    }
}
