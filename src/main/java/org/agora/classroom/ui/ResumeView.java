package org.agora.classroom.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.OptionalParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.Optional;
import org.agora.base.ui.OwnText;
import org.agora.classroom.DeviceLinks;
import org.agora.classroom.DeviceLinks.LinkedPlace;

/**
 * The other end of "continue on another device": says whose place the link opens and waits
 * for the student's click, so that a chat app fetching a preview of the link does not use it up.
 */
@Route("resume")
@AnonymousAllowed
class ResumeView extends Main implements HasUrlParameter<String>, HasDynamicTitle {

    private final DeviceLinks links;
    private final Div card = new Div();

    ResumeView(DeviceLinks links) {
        this.links = links;
        addClassNames("agora-start");
        card.addClassName("agora-card");
        add(card);
    }

    @Override
    public void setParameter(BeforeEvent event, @OptionalParameter String token) {
        Optional<LinkedPlace> place = token == null ? Optional.empty() : links.peek(token);
        if (place.isPresent()) {
            offer(token, place.get());
        } else {
            showUnusable();
        }
    }

    private void offer(String token, LinkedPlace place) {
        card.removeAll();
        Button use = new Button("", click -> {
            Optional<String> deviceToken = links.open(token);
            if (deviceToken.isEmpty()) {
                showUnusable();
                return;
            }
            ResumeCookie.write(deviceToken.get());
            getUI().ifPresent(ui -> ui.navigate(ReadingView.class));
        });
        use.getElement()
                .appendChild(OwnText.sentence("device.open.continue", OwnText.typed(place.displayName()))
                        .getElement());
        use.setId("use-device-link");
        use.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        use.setDisableOnClick(true);
        use.setWidthFull();
        Anchor notMe = new Anchor("", getTranslation("device.open.not-me"));
        notMe.setId("to-start");
        card.add(
                title("device.open.title"),
                new Paragraph(OwnText.sentence(
                        "device.open.text", OwnText.typed(place.displayName()), OwnText.typed(place.sessionTitle()))),
                use,
                new Paragraph(notMe));
        use.focus();
    }

    private void showUnusable() {
        card.removeAll();
        Paragraph why = new Paragraph(getTranslation("device.open.unusable.text", DeviceLinks.LIFETIME.toMinutes()));
        why.setId("link-unusable");
        Anchor start = new Anchor("", getTranslation("device.open.unusable.start"));
        start.setId("to-start");
        card.add(title("device.open.unusable.title"), why, new Paragraph(start));
    }

    private H1 title(String key) {
        H1 title = new H1(getTranslation(key));
        title.addClassName("agora-page-title");
        return title;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("device.open.page-title");
    }
}
