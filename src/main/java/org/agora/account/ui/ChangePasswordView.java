package org.agora.account.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.agora.account.Account;
import org.agora.account.AccountService;
import org.agora.account.CurrentActor;
import org.agora.base.BadInputException;
import org.agora.base.ui.MainLayout;

/** A teacher or admin changes their own password; someone whose password was chosen for them must. */
@Route(value = "account/password", layout = MainLayout.class)
@RolesAllowed({"TEACHER", "ADMIN"})
class ChangePasswordView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final AccountService accounts;
    private final CurrentActor currentActor;
    private final PasswordField current = new PasswordField();
    private final PasswordField next = new PasswordField();
    private final PasswordField repeat = new PasswordField();
    private final Paragraph mustChange = new Paragraph();

    ChangePasswordView(AccountService accounts, CurrentActor currentActor) {
        this.accounts = accounts;
        this.currentActor = currentActor;
        current.setId("current-password");
        current.setLabel(getTranslation("password.current"));
        next.setId("new-password");
        next.setLabel(getTranslation("password.new"));
        next.setHelperText(getTranslation("password.new.help", Account.PASSWORD_MIN));
        repeat.setId("repeat-password");
        repeat.setLabel(getTranslation("password.repeat"));
        mustChange.setId("must-change");
        mustChange.addClassName("agora-banner");
        Button save = new Button(getTranslation("password.save"), click -> save());
        save.setId("change-password");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickShortcut(Key.ENTER);
        FormLayout form = new FormLayout(current, next, repeat);
        form.setMaxWidth("28rem");
        add(new H2(getTranslation("password.title")), mustChange, form, save);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        boolean must = accounts.mustChangePassword(currentActor.require());
        mustChange.setText(must ? getTranslation("password.must-change") : "");
        mustChange.setVisible(must);
        current.focus();
    }

    private void save() {
        for (PasswordField field : new PasswordField[] {current, next, repeat}) {
            field.setInvalid(false);
        }
        if (!next.getValue().equals(repeat.getValue())) {
            repeat.setErrorMessage(getTranslation("password.repeat.different"));
            repeat.setInvalid(true);
            return;
        }
        try {
            accounts.changeOwnPassword(currentActor.require(), current.getValue(), next.getValue());
        } catch (BadInputException refused) {
            PasswordField field = "current".equals(refused.field()) ? current : next;
            field.setErrorMessage(getTranslation(refused.key(), refused.args()));
            field.setInvalid(true);
            return;
        }
        for (PasswordField field : new PasswordField[] {current, next, repeat}) {
            field.clear();
        }
        mustChange.setVisible(false);
        Notification.show(getTranslation("password.saved"), 4000, Notification.Position.BOTTOM_START)
                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        getUI().ifPresent(ui -> ui.navigate("teacher"));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("password.page-title");
    }
}
