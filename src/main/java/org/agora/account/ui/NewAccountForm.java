package org.agora.account.ui;

import java.util.function.Consumer;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;

import org.agora.account.Account;
import org.agora.account.Role;
import org.agora.base.BadInputException;

/** A form for one new account; it hands a request upward and marks the field a refusal names. */
class NewAccountForm extends FormLayout {

    record Request(String username, String displayName, String password, Role role) {
    }

    private final TextField username = new TextField("Username");
    private final TextField displayName = new TextField("Name shown to colleagues");
    private final PasswordField password = new PasswordField("Initial password");
    private final Select<Role> role = new Select<>();
    private final Button create = new Button("Create account");

    NewAccountForm() {
        username.setId("new-username");
        username.setMaxLength(Account.USERNAME_MAX);
        username.setHelperText("Lower case letters, digits, dots and dashes");
        displayName.setId("new-display-name");
        displayName.setMaxLength(Account.DISPLAY_NAME_MAX);
        password.setId("new-password");
        password.setHelperText("At least " + Account.PASSWORD_MIN + " characters; tell it to the person privately");
        role.setId("new-role");
        role.setLabel("Role");
        role.setItems(Role.TEACHER, Role.ADMIN);
        role.setItemLabelGenerator(r -> r == Role.ADMIN ? "Admin" : "Teacher");
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
                handler.accept(new Request(username.getValue(), displayName.getValue(), password.getValue(),
                        role.getValue()));
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
            case "displayName" -> mark(displayName, e.getMessage());
            case "password" -> {
                password.setErrorMessage(e.getMessage());
                password.setInvalid(true);
            }
            default -> mark(username, e.getMessage());
        }
    }

    private static void mark(TextField field, String message) {
        field.setErrorMessage(message);
        field.setInvalid(true);
    }
}
