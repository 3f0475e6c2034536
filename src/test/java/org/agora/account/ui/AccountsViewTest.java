package org.agora.account.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.NavigatorKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import org.agora.KaribuTest;
import org.agora.account.AccountService;
import org.agora.account.AccountSummary;
import org.agora.account.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class AccountsViewTest extends KaribuTest {

    @Autowired
    AccountService accounts;

    private void fill(String username, String name, String password) {
        _setValue(_get(TextField.class, s -> s.withId("new-username")), username);
        _setValue(_get(TextField.class, s -> s.withId("new-display-name")), name);
        _setValue(_get(PasswordField.class, s -> s.withId("new-password")), password);
        _click(_get(Button.class, s -> s.withId("create-account")));
    }

    private long createdId(String username) {
        return accounts.list(fixtures.admin(), 0, 200).stream()
                .filter(a -> a.username().equals(username))
                .findFirst()
                .orElseThrow()
                .id();
    }

    @Test
    void an_admin_creates_a_teacher_account_that_appears_in_the_list() {
        signIn("admin", Role.ADMIN);
        navigate("admin/accounts");
        fill("Ms.Keller", "Ms Keller", "a long enough password");
        AccountSummary created = accounts.list(fixtures.admin(), 0, 200).stream()
                .filter(a -> a.username().equals("ms.keller"))
                .findFirst()
                .orElseThrow();
        assertThat(created.role()).isEqualTo(Role.TEACHER);
        @SuppressWarnings("unchecked")
        Grid<AccountSummary> grid = _get(Grid.class, s -> s.withId("account-list"));
        assertThat(GridKt._findAll(grid)).extracting(AccountSummary::username).contains("ms.keller");
    }

    @Test
    void the_teacher_must_replace_the_password_the_admin_chose_before_reaching_any_staff_screen() {
        signIn("admin", Role.ADMIN);
        navigate("admin/accounts");
        fill("mr.okafor", "Mr Okafor", "chosen by the admin");

        reopenBrowser();
        signIn("mr.okafor", Role.TEACHER);
        navigate("teacher");
        assertThat(NavigatorKt.getCurrentView()).isEqualTo(ChangePasswordView.class);
        assertThat(_get(Paragraph.class, s -> s.withId("must-change")).getText())
                .isEqualTo("Your password was chosen for you. Choose your own to go on.");

        _setValue(_get(PasswordField.class, s -> s.withId("current-password")), "chosen by the admin");
        _setValue(_get(PasswordField.class, s -> s.withId("new-password")), "chosen by myself");
        _setValue(_get(PasswordField.class, s -> s.withId("repeat-password")), "chosen by myself");
        _click(_get(Button.class, s -> s.withId("change-password")));
        assertThat(currentPath()).isEqualTo("teacher");
        assertThat(accounts.mustChangePassword(new org.agora.account.Actor(createdId("mr.okafor"), Role.TEACHER)))
                .isFalse();
    }

    @Test
    void a_short_password_and_a_taken_username_are_named_on_their_fields() {
        signIn("admin", Role.ADMIN);
        navigate("admin/accounts");
        long before = accounts.count();
        fill("mr.short", "Mr Short", "short");
        PasswordField password = _get(PasswordField.class, s -> s.withId("new-password"));
        assertThat(password.getErrorMessage()).contains("at least 10 characters");
        fill("admin", "Another admin", "a long enough password");
        TextField username = _get(TextField.class, s -> s.withId("new-username"));
        assertThat(username.getErrorMessage()).contains("already taken");
        assertThat(accounts.count()).isEqualTo(before);
    }
}
