package org.agora.account.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/** Sign-in for teachers and admins. Students never need it: they join with a code. */
@Route("login")
@PageTitle("Sign in · Agora")
@AnonymousAllowed
public class LoginView extends VerticalLayout implements BeforeEnterObserver {

    private final LoginForm form = new LoginForm();

    public LoginView() {
        addClassName("agora-login");
        setAlignItems(Alignment.CENTER);

        LoginI18n i18n = LoginI18n.createDefault();
        i18n.getForm().setTitle("Teachers and admins");
        i18n.getErrorMessage().setTitle("Wrong username or password");
        i18n.getErrorMessage().setMessage("Check both and try again; usernames are lower case. After five wrong "
                + "passwords, sign-in for that name pauses for ten minutes.");
        form.setI18n(i18n);
        form.setAction("login");
        form.setForgotPasswordButtonVisible(false);

        Paragraph students = new Paragraph("Are you a student? ");
        students.add(new Anchor("", "Join your class with its code"));

        add(new H1("Agora"), form, students);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        form.setError(event.getLocation().getQueryParameters().getParameters().containsKey("error"));
    }
}
