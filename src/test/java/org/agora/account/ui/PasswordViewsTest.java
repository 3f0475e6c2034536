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
import org.agora.Fixtures;
import org.agora.KaribuTest;
import org.agora.account.AccountService;
import org.agora.account.AuditEntry;
import org.agora.account.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class PasswordViewsTest extends KaribuTest {

    @Autowired
    AccountService accounts;

    /** The button with this id in the actions cell of the account's row. */
    @SuppressWarnings("unchecked")
    private static Button action(String username, String id) {
        Grid<org.agora.account.AccountSummary> grid = _get(Grid.class, s -> s.withId("account-list"));
        for (int i = 0; i < GridKt._size(grid); i++) {
            if (GridKt._get(grid, i).username().equals(username)) {
                com.vaadin.flow.component.Component cell = GridKt._getCellComponent(grid, i, "actions");
                return _get(cell, Button.class, s -> s.withId(id));
            }
        }
        throw new AssertionError("no row for " + username);
    }

    @Test
    void an_admin_resets_a_password_sees_it_once_and_the_teacher_must_change_it_before_anything_else() {
        Fixtures.Account teacher = fixtures.account(Role.TEACHER);
        signIn("admin", Role.ADMIN);
        navigate("admin/accounts");
        _click(action(teacher.username(), "reset-" + teacher.username()));
        String shown =
                _get(TextField.class, s -> s.withId("reset-password-value")).getValue();
        assertThat(shown).hasSizeGreaterThanOrEqualTo(16);
        _click(_get(Button.class, s -> s.withId("reset-done")));

        navigate("admin/audit");
        @SuppressWarnings("unchecked")
        Grid<AuditEntry> log = _get(Grid.class, s -> s.withId("audit-log"));
        assertThat(GridKt._get(log, 0).target()).isEqualTo(teacher.username());
        assertThat(GridKt._getFormattedRow(log, 0)).contains("reset the password");

        reopenBrowser();
        signIn(teacher.username(), Role.TEACHER);
        navigate("teacher");
        assertThat(NavigatorKt.getCurrentView()).isEqualTo(ChangePasswordView.class);
        assertThat(_get(Paragraph.class, s -> s.withId("must-change")).isVisible())
                .isTrue();

        _setValue(_get(PasswordField.class, s -> s.withId("current-password")), shown);
        _setValue(_get(PasswordField.class, s -> s.withId("new-password")), "my own long secret");
        _setValue(_get(PasswordField.class, s -> s.withId("repeat-password")), "my own long secreT");
        _click(_get(Button.class, s -> s.withId("change-password")));
        assertThat(_get(PasswordField.class, s -> s.withId("repeat-password")).getErrorMessage())
                .isEqualTo("The two new passwords differ.");
        assertThat(accounts.mustChangePassword(teacher.actor())).isTrue();

        _setValue(_get(PasswordField.class, s -> s.withId("repeat-password")), "my own long secret");
        _click(_get(Button.class, s -> s.withId("change-password")));
        assertThat(accounts.mustChangePassword(teacher.actor())).isFalse();
        assertThat(currentPath()).isEqualTo("teacher");
    }

    @Test
    void an_admin_disables_and_enables_an_account_from_the_list() {
        Fixtures.Account teacher = fixtures.account(Role.TEACHER);
        signIn("admin", Role.ADMIN);
        navigate("admin/accounts");
        _click(action(teacher.username(), "toggle-" + teacher.username()));
        assertThat(action(teacher.username(), "toggle-" + teacher.username()).getText())
                .isEqualTo("Enable");
        _click(action("admin", "toggle-admin"));
        assertThat(action("admin", "toggle-admin").getText())
                .as("the admin's own account stays enabled")
                .isEqualTo("Disable");
    }
}
