package org.agora.classroom.ui;

import static com.vaadin.flow.i18n.I18NProvider.translate;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.OptionalParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.Locale;
import java.util.Optional;
import org.agora.base.BadInputException;
import org.agora.base.ui.OwnText;
import org.agora.classroom.JoinClient;
import org.agora.classroom.JoinCode;
import org.agora.classroom.JoinService;
import org.agora.classroom.JoinTicket;
import org.agora.classroom.StudentPlace;
import org.agora.classroom.StudentService;

/** The start page: a student types the class code and a name, and joins. No account needed. */
@Route("")
@RouteAlias("join")
@AnonymousAllowed
class StartView extends Main implements HasUrlParameter<String>, HasDynamicTitle {

    private final JoinService joinService;
    private final StudentService studentService;
    private final TextField code = new TextField(translate("start.code"));
    private final TextField name = new TextField(translate("start.name"));
    private final Button join = new Button(translate("start.join"));
    private final Div resume = new Div();

    StartView(JoinService joinService, StudentService studentService) {
        this.joinService = joinService;
        this.studentService = studentService;
        addClassNames("agora-start");

        H1 title = new H1("Agora");
        Paragraph lead = new Paragraph(getTranslation("start.lead"));
        lead.addClassName("agora-lead");

        code.setId("join-code");
        code.setPlaceholder(getTranslation("start.code.placeholder", JoinCode.LENGTH));
        code.setHelperText(getTranslation("start.code.help"));
        code.setMaxLength(JoinCode.LENGTH + 3);
        code.setAutocapitalize(com.vaadin.flow.component.textfield.Autocapitalize.CHARACTERS);
        code.setAutocorrect(false);
        code.setRequiredIndicatorVisible(true);
        code.setWidthFull();

        name.setId("display-name");
        name.setHelperText(getTranslation("start.name.help", JoinService.NAME_MAX));
        // The browser counts UTF-16 units; the server counts characters and names the limit if passed.
        name.setMaxLength(2 * JoinService.NAME_MAX + 10);
        name.setRequiredIndicatorVisible(true);
        name.setWidthFull();

        join.setId("join");
        join.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        join.setWidthFull();
        join.setDisableOnClick(true);
        join.addClickListener(click -> join());
        join.addClickShortcut(Key.ENTER);

        resume.addClassName("agora-resume");
        resume.setVisible(false);

        Div card = new Div(title, lead, resume, code, name, join);
        card.addClassName("agora-card");
        Paragraph staff = new Paragraph();
        staff.addClassName("agora-staff-link");
        staff.add(new Anchor("login", getTranslation("start.staff")));
        add(card, staff);
        offerResume();
    }

    @Override
    public void setParameter(BeforeEvent event, @OptionalParameter String codeFromLink) {
        if (codeFromLink != null) {
            code.setValue(codeFromLink.toUpperCase(Locale.ROOT));
            name.focus();
        } else {
            code.focus();
        }
    }

    private void join() {
        code.setInvalid(false);
        name.setInvalid(false);
        try {
            JoinTicket ticket = joinService.join(code.getValue(), name.getValue(), client());
            ResumeCookie.write(ticket.resumeToken());
            getUI().ifPresent(ui -> ui.navigate(ReadingView.class));
        } catch (BadInputException e) {
            TextField field = "name".equals(e.field()) ? name : code;
            field.setErrorMessage(getTranslation(e.key(), e.args()));
            field.setInvalid(true);
            field.focus();
        } finally {
            join.setEnabled(true);
        }
    }

    private static JoinClient client() {
        VaadinSession session = VaadinSession.getCurrent();
        VaadinRequest request = VaadinRequest.getCurrent();
        String browser = session == null || session.getSession() == null
                ? null
                : session.getSession().getId();
        return new JoinClient(browser, request == null ? null : request.getRemoteAddr());
    }

    /** A browser that joined before is offered to continue, so a reload of the start page loses nothing. */
    private void offerResume() {
        Optional<StudentPlace> place =
                ResumeCookie.read().flatMap(studentService::resume).filter(StudentPlace::open);
        place.ifPresent(p -> {
            Button continueButton = new Button("", click -> getUI().ifPresent(ui -> ui.navigate(ReadingView.class)));
            continueButton
                    .getElement()
                    .appendChild(OwnText.sentence(
                                    "start.continue", OwnText.typed(p.displayName()), OwnText.typed(p.sessionTitle()))
                            .getElement());
            continueButton.setId("continue-lesson");
            continueButton.addThemeVariants(ButtonVariant.LUMO_CONTRAST);
            continueButton.setWidthFull();
            Button notMe = new Button("", click -> {
                ResumeCookie.forget();
                resume.removeAll();
                resume.setVisible(false);
                code.focus();
            });
            notMe.getElement()
                    .appendChild(OwnText.sentence("start.forget", OwnText.typed(p.displayName()))
                            .getElement());
            notMe.setId("forget-me");
            notMe.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            resume.add(continueButton, notMe, new Paragraph(getTranslation("start.or-join")));
            resume.setVisible(true);
        });
    }

    @Override
    public String getPageTitle() {
        return getTranslation("start.page-title");
    }
}
