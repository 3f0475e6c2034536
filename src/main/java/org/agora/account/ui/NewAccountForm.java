package org.agora.account.ui;

import static com.vaadin.flow.i18n.I18NProvider.translate;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Locale;
import java.util.function.Consumer;
import org.agora.account.Account;
import org.agora.account.Role;
import org.agora.base.BadInputException;

/** A form for one new account; it hands a request upward and marks the field a refusal names. */
class NewAccountForm extends FormLayout {

    record Request(String username, String displayName, String password, Role role) {}

    private final TextField username = new TextField(translate("account.field.username"));
    private final TextField displayName = new TextField(translate("account.field.display-name"));
    private final PasswordField password = new PasswordField(translate("account.field.password"));
    private final Select<Role> role = new Select<>();
    private final Button create = new Button(translate("account.create"));

    NewAccountForm() {
        username.setId("new-username");
        username.setMaxLength(Account.USERNAME_MAX);
        username.setHelperText(getTranslation("account.field.username.help"));
        displayName.setId("new-display-name");
        displayName.setMaxLength(Account.DISPLAY_NAME_MAX);
        password.setId("new-password");
        password.setHelperText(getTranslation("account.field.password.help", Account.PASSWORD_MIN));
        role.setId("new-role");
        role.setLabel(getTranslation("account.field.role"));
        role.setItems(Role.TEACHER, Role.ADMIN);
        role.setItemLabelGenerator(r -> getTranslation("role." + r.name().toLowerCase(Locale.ROOT)));
        role.setValue(Role.TEACHER);
        create.setId("create-account");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.setDisableOnClick(true);
        add(username, displayName, password, role, create);
    }

    void onSubmit(Consumer<Request> handler) {
        create.addClickListener(click -> {
            clearErrors();
            try {
                handler.accept(
                        new Request(username.getValue(), displayName.getValue(), password.getValue(), role.getValue()));
                username.clear();
                displayName.clear();
                password.clear();
            } catch (BadInputException e) {
                showError(e);
            } finally {
                create.setEnabled(true);
            }
        });
    }

    private void clearErrors() {
        for (TextField field : new TextField[] {username, displayName}) {
            field.setInvalid(false);
        }
        password.setInvalid(false);
    }

    private void showError(BadInputException e) {
        switch (e.field()) {
            case "displayName" -> mark(displayName, getTranslation(e.key(), e.args()));
            case "password" -> {
                password.setErrorMessage(getTranslation(e.key(), e.args()));
                password.setInvalid(true);
            }
            default -> mark(username, getTranslation(e.key(), e.args()));
        }
    }

    private static void mark(TextField field, String message) {
        field.setErrorMessage(message);
        field.setInvalid(true);
    }
}
