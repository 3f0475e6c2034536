package org.agora.account.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.Map;

/** Sign-in for teachers and admins. Students never need it: they join with a code. */
@Route("login")
@AnonymousAllowed
public class LoginView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    /** The query parameter that says the account is disabled (its password was right). */
    public static final String DISABLED = "disabled";

    /** The query parameter that says sign-in is paused after many wrong passwords (none was checked). */
    public static final String PAUSED = "paused";

    /** The query parameter that says the sign-in form was sent without a valid CSRF token. */
    public static final String EXPIRED = "expired";

    /** Where someone whose account is disabled is sent. */
    static final String DISABLED_LOCATION = "login?" + DISABLED;

    private final LoginForm form = new LoginForm();

    static QueryParameters disabledParameters() {
        return QueryParameters.simple(Map.of(DISABLED, ""));
    }

    public LoginView() {
        addClassName("agora-login");
        setAlignItems(Alignment.CENTER);

        form.setI18n(texts("login.error.title", "login.error.text"));
        form.setAction("login");
        form.setForgotPasswordButtonVisible(false);

        Paragraph students = new Paragraph(getTranslation("login.student") + " ");
        students.add(new Anchor("", getTranslation("login.student.join")));

        add(new H1("Agora"), form, students);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var parameters = event.getLocation().getQueryParameters().getParameters();
        if (parameters.containsKey(DISABLED)) {
            form.setI18n(texts("login.disabled.title", "account.disabled"));
            form.setError(true);
            return;
        }
        if (parameters.containsKey(PAUSED)) {
            form.setI18n(texts("login.paused.title", "login.paused.text"));
            form.setError(true);
            return;
        }
        if (parameters.containsKey(EXPIRED)) {
            form.setI18n(texts("login.expired.title", "login.expired.text"));
            form.setError(true);
            return;
        }
        form.setError(parameters.containsKey("error"));
    }

    /** The form's texts, with this error. */
    private LoginI18n texts(String errorTitleKey, String errorTextKey) {
        LoginI18n i18n = LoginI18n.createDefault();
        i18n.getForm().setTitle(getTranslation("login.title"));
        i18n.getErrorMessage().setTitle(getTranslation(errorTitleKey));
        i18n.getErrorMessage().setMessage(getTranslation(errorTextKey));
        return i18n;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("login.page-title");
    }
}
