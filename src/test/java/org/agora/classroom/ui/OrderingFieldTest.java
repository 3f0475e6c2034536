package org.agora.classroom.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.BasicUtilsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.dom.Element;
import elemental.json.Json;
import elemental.json.JsonObject;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.agora.KaribuTest;
import org.agora.lesson.LessonContent.OptionContent;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

/** An ordering question's list as HTML inside one element, moved by the browser's own buttons. */
class OrderingFieldTest extends KaribuTest {

    private final AtomicInteger changes = new AtomicInteger();

    private OrderingField field() {
        OrderingField field = new OrderingField(
                "Put these in order",
                List.of(
                        new OptionContent(1, "The floods", true),
                        new OptionContent(2, "Residents <ask> for walls", true),
                        new OptionContent(3, "The council votes", true)));
        field.onChange(changes::incrementAndGet);
        UI.getCurrent().add(field.component());
        return field;
    }

    private static Element list(OrderingField field) {
        return field.component().getElement().getChild(1);
    }

    private static List<String> items(OrderingField field) {
        return Jsoup.parseBodyFragment(list(field).getProperty("innerHTML"))
                .select(".agora-ordering-text")
                .eachText();
    }

    private static List<Boolean> enabled(OrderingField field) {
        return Jsoup.parseBodyFragment(list(field).getProperty("innerHTML")).select("button").stream()
                .map(b -> !b.hasAttr("disabled"))
                .toList();
    }

    private static void click(OrderingField field, String move) {
        JsonObject data = Json.createObject();
        data.put(OrderingField.MOVE_OF_EVENT, move);
        // The browser sends only clicks on a button: its filter's verdict comes with the event.
        data.put(OrderingField.ON_A_BUTTON, true);
        BasicUtilsKt._fireDomEvent(list(field).getComponent().orElseThrow(), "click", data);
    }

    @Test
    void the_items_are_html_in_one_element_and_a_button_moves_its_item() {
        OrderingField field = field();
        assertThat(list(field).getChildCount()).isZero();
        List<String> before = items(field);
        assertThat(before).hasSize(3).contains("Residents <ask> for walls");
        assertThat(enabled(field))
                .as("up and down of each item; the ends cannot move out")
                .containsExactly(false, true, true, true, true, false);

        click(field, "2:-1");
        assertThat(items(field)).containsExactly(before.get(0), before.get(2), before.get(1));
        assertThat(field.value().selection()).hasSize(3);
        assertThat(changes).hasValue(1);
    }

    @Test
    void a_move_that_is_not_a_button_s_or_a_locked_list_changes_nothing() {
        OrderingField field = field();
        List<String> before = items(field);
        for (String move : List.of("0:-1", "2:1", "7:1", "1:2", "x:1", "1", "")) {
            click(field, move);
        }
        field.setReadOnly(true);
        assertThat(enabled(field)).containsOnly(false);
        click(field, "1:1");
        assertThat(items(field)).isEqualTo(before);
        assertThat(changes).hasValue(0);
    }
}
