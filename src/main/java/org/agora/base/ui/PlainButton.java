package org.agora.base.ui;

import com.vaadin.flow.component.ClickEvent;
import com.vaadin.flow.component.ClickNotifier;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.Focusable;
import com.vaadin.flow.component.HasEnabled;
import com.vaadin.flow.component.HasStyle;
import com.vaadin.flow.component.HasText;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.shared.Registration;
import java.util.ArrayList;
import java.util.List;

/**
 * The browser's own button with one click listener that asks the browser for nothing: for the
 * buttons every student screen draws on every question of every section. A Vaadin button is a web
 * component whose click listener makes the browser send a dozen details of each click, and
 * building that listener was a fifth of the cost of drawing a section for each student. It looks
 * like Lumo's buttons ({@code agora-plain-button} in the theme); {@code primary} and
 * {@code tertiary} are its two variants. Click listeners see a click without coordinates, and
 * Karibu's {@code _click} reaches them as it reaches a Vaadin button's.
 */
@Tag("button")
public class PlainButton extends Component
        implements ClickNotifier<PlainButton>, HasText, HasEnabled, HasStyle, Focusable<PlainButton> {

    /** Looks. */
    public enum Variant {
        PRIMARY,
        TERTIARY
    }

    /** Vaadin's script in the page turns off an element with this attribute when it is clicked. */
    private static final String DISABLE_ON_CLICK = "disableonclick";

    private final List<ComponentEventListener<ClickEvent<PlainButton>>> listeners = new ArrayList<>();

    public PlainButton(String text, Variant variant) {
        getElement().setAttribute("type", "button");
        addClassNames(
                "agora-plain-button", "agora-plain-button-" + variant.name().toLowerCase(java.util.Locale.ROOT));
        setText(text);
        getElement()
                .addEventListener(
                        "click",
                        event -> clicked(new ClickEvent<>(this, true, 0, 0, 0, 0, 1, 0, false, false, false, false)));
    }

    /**
     * Whether the button turns itself off when clicked, so that a second click cannot follow
     * before the server has answered; the server turns it on again if it should be.
     */
    public void setDisableOnClick(boolean disable) {
        if (disable) {
            getElement().setAttribute(DISABLE_ON_CLICK, true);
        } else {
            getElement().removeAttribute(DISABLE_ON_CLICK);
        }
    }

    @Override
    public Registration addClickListener(ComponentEventListener<ClickEvent<PlainButton>> listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    /** A click fired on the server (a test's, through {@code ComponentUtil}) goes to the same listeners. */
    @Override
    @SuppressWarnings("unchecked")
    protected void fireEvent(ComponentEvent<?> event) {
        if (event instanceof ClickEvent<?> click && click.getSource() == this) {
            clicked((ClickEvent<PlainButton>) click);
        } else {
            super.fireEvent(event);
        }
    }

    private void clicked(ClickEvent<PlainButton> click) {
        List.copyOf(listeners).forEach(listener -> listener.onComponentEvent(click));
        if (getElement().hasAttribute(DISABLE_ON_CLICK) && isEnabled()) {
            // The browser turned it off on the click; the server left it on, so the browser is told.
            getElement().executeJs("this.disabled = false");
        }
    }
}
