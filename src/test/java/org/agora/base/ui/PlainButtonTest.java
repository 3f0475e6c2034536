package org.agora.base.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.BasicUtilsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.internal.PendingJavaScriptInvocation;
import java.util.ArrayList;
import java.util.List;
import org.agora.KaribuTest;
import org.junit.jupiter.api.Test;

/** The browser's own button: what it sends the browser, and the clicks that reach its listeners. */
class PlainButtonTest extends KaribuTest {

    private final List<String> clicks = new ArrayList<>();

    private PlainButton shown(PlainButton.Variant variant) {
        PlainButton button = new PlainButton("Send answer", variant);
        button.addClickListener(click -> clicks.add(click.isFromClient() ? "browser" : "server"));
        UI.getCurrent().add(button);
        UI.getCurrent().getInternals().dumpPendingJavaScriptInvocations();
        return button;
    }

    private static List<String> scripts() {
        UI.getCurrent().getInternals().getStateTree().runExecutionsBeforeClientResponse();
        return UI.getCurrent().getInternals().dumpPendingJavaScriptInvocations().stream()
                .map(PendingJavaScriptInvocation::getInvocation)
                .map(invocation -> invocation.getExpression())
                .filter(script -> script.contains("disabled"))
                .toList();
    }

    @Test
    void a_click_in_the_browser_asks_for_no_event_details_and_reaches_the_listeners() {
        PlainButton button = shown(PlainButton.Variant.PRIMARY);
        assertThat(button.getElement().getTag()).isEqualTo("button");
        assertThat(button.getElement().getAttribute("type")).isEqualTo("button");
        assertThat(button.getElement().getClassList()).contains("agora-plain-button", "agora-plain-button-primary");
        assertThat(button.getText()).isEqualTo("Send answer");

        BasicUtilsKt._fireDomEvent(button, "click");
        _click(button);
        assertThat(clicks).containsExactly("browser", "browser");
    }

    @Test
    void a_disabled_button_takes_no_click() {
        PlainButton button = shown(PlainButton.Variant.TERTIARY);
        button.setEnabled(false);
        assertThatThrownBy(() -> _click(button)).isInstanceOf(IllegalStateException.class);
        assertThat(clicks).isEmpty();
    }

    @Test
    void turned_off_by_the_browser_on_a_click_it_is_turned_on_again_unless_the_server_turned_it_off() {
        PlainButton button = shown(PlainButton.Variant.PRIMARY);
        button.setDisableOnClick(true);
        assertThat(button.getElement().hasAttribute("disableonclick")).isTrue();

        _click(button);
        assertThat(scripts())
                .as("left on by its listener")
                .singleElement()
                .asString()
                .contains("this.disabled = false");

        button.addClickListener(click -> button.setEnabled(false));
        _click(button);
        assertThat(scripts()).as("turned off by its listener").isEmpty();
        assertThat(button.isEnabled()).isFalse();
    }
}
