package org.agora.classroom.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.Autocapitalize;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.OptionalParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.Optional;
import org.agora.base.BadInputException;
import org.agora.base.ui.OwnText;
import org.agora.classroom.DeviceLinks;
import org.agora.classroom.DeviceLinks.LinkedPlace;
import org.agora.classroom.JoinClient;

/**
 * The other end of "continue on another device": says whose place the link opens and waits
 * for the student's click, so that a chat app fetching a preview of the link does not use it up.
 * Without a link it takes the code a teacher gave a student who lost their device.
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
        if (token == null) {
            askForCode();
            return;
        }
        Optional<LinkedPlace> place = links.peek(token);
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

    /** The code the teacher read out or wrote down; wrong codes are throttled by the service. */
    private void askForCode() {
        card.removeAll();
        TextField code = new TextField(getTranslation("device.code.label"));
        code.setId("type-place-code");
        code.setPlaceholder("ABCD-EFGH");
        code.setAutocapitalize(Autocapitalize.CHARACTERS);
        code.setAutocorrect(false);
        code.setWidthFull();
        Button use = new Button(getTranslation("device.code.continue"));
        use.setId("use-place-code");
        use.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        use.addClickShortcut(Key.ENTER);
        use.setWidthFull();
        use.addClickListener(click -> {
            Optional<String> deviceToken;
            try {
                deviceToken = links.openCode(code.getValue(), client());
            } catch (BadInputException throttled) {
                code.setErrorMessage(getTranslation(throttled.key(), throttled.args()));
                code.setInvalid(true);
                return;
            }
            if (deviceToken.isEmpty()) {
                code.setErrorMessage(getTranslation("device.code.wrong", DeviceLinks.LIFETIME.toMinutes()));
                code.setInvalid(true);
                code.focus();
                return;
            }
            ResumeCookie.write(deviceToken.get());
            getUI().ifPresent(ui -> ui.navigate(ReadingView.class));
        });
        Anchor start = new Anchor("", getTranslation("device.open.not-me"));
        start.setId("to-start");
        card.add(
                title("device.code.title"),
                new Paragraph(getTranslation("device.code.text")),
                code,
                use,
                new Paragraph(start));
        code.focus();
    }

    private static JoinClient client() {
        VaadinSession session = VaadinSession.getCurrent();
        VaadinRequest request = VaadinRequest.getCurrent();
        String browser = session == null || session.getSession() == null
                ? null
                : session.getSession().getId();
        return new JoinClient(browser, request == null ? null : request.getRemoteAddr());
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
