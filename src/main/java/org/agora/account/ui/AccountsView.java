package org.agora.account.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.agora.account.AccountService;
import org.agora.account.AccountSummary;
import org.agora.account.CurrentActor;
import org.agora.base.BadInputException;
import org.agora.base.ui.MainLayout;

/** The admin's list of accounts and the form that creates teacher and admin accounts. */
@Route(value = "admin/accounts", layout = MainLayout.class)
@RolesAllowed("ADMIN")
class AccountsView extends VerticalLayout implements HasDynamicTitle {

    private static final DateTimeFormatter DATE =
            DateTimeFormatter.ofPattern("yyyy-MM-dd").withZone(ZoneId.systemDefault());

    private final AccountService accounts;
    private final CurrentActor currentActor;
    private final Grid<AccountSummary> grid = new Grid<>();

    AccountsView(AccountService accounts, CurrentActor currentActor) {
        this.accounts = accounts;
        this.currentActor = currentActor;
        add(new H2(getTranslation("accounts.title")), createForm(), createGrid());
    }

    private NewAccountForm createForm() {
        NewAccountForm form = new NewAccountForm();
        form.onSubmit(request -> {
            AccountSummary created = accounts.create(
                    currentActor.require(),
                    request.username(),
                    request.displayName(),
                    request.password(),
                    request.role());
            Notification.show(
                            getTranslation("accounts.created", created.username()),
                            4000,
                            Notification.Position.BOTTOM_START)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            grid.getDataProvider().refreshAll();
        });
        return form;
    }

    private Grid<AccountSummary> createGrid() {
        grid.setId("account-list");
        grid.addColumn(AccountSummary::username).setHeader(getTranslation("accounts.column.username"));
        grid.addColumn(AccountSummary::displayName).setHeader(getTranslation("accounts.column.name"));
        grid.addColumn(a -> getTranslation("role." + a.role().name().toLowerCase(Locale.ROOT)))
                .setHeader(getTranslation("accounts.column.role"));
        grid.addColumn(a -> getTranslation(a.enabled() ? "accounts.status.active" : "accounts.status.disabled"))
                .setHeader(getTranslation("accounts.column.status"));
        grid.addColumn(a -> DATE.format(a.createdAt())).setHeader(getTranslation("accounts.column.created"));
        grid.addComponentColumn(this::actions)
                .setKey("actions")
                .setHeader(getTranslation("accounts.column.actions"))
                .setAutoWidth(true);
        grid.setItems(query -> accounts.list(currentActor.require(), query.getPage(), query.getPageSize()).stream());
        return grid;
    }

    /** Enable or disable, and reset the password, of one account. */
    private Div actions(AccountSummary account) {
        Button toggle = new Button(
                getTranslation(account.enabled() ? "accounts.disable" : "accounts.enable"),
                click -> act(() -> accounts.setEnabled(currentActor.require(), account.id(), !account.enabled())));
        toggle.setId("toggle-" + account.username());
        toggle.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        Button reset = new Button(
                getTranslation("accounts.reset"),
                click -> act(() -> showOnce(account, accounts.resetPassword(currentActor.require(), account.id()))));
        reset.setId("reset-" + account.username());
        reset.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        return new Div(toggle, reset);
    }

    private void act(Runnable action) {
        try {
            action.run();
        } catch (BadInputException refused) {
            Notification.show(getTranslation(refused.key(), refused.args()), 5000, Notification.Position.MIDDLE)
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
        grid.getDataProvider().refreshAll();
    }

    /** The new password, shown once in a dialog and nowhere else. */
    private void showOnce(AccountSummary account, String password) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("accounts.reset.title", account.username()));
        TextField value = new TextField();
        value.setId("reset-password-value");
        value.setValue(password);
        value.setReadOnly(true);
        value.setWidthFull();
        value.setAriaLabel(getTranslation("accounts.reset.title", account.username()));
        dialog.add(new Paragraph(getTranslation("accounts.reset.text", account.displayName())), value);
        Button done = new Button(getTranslation("accounts.reset.done"), click -> dialog.close());
        done.setId("reset-done");
        dialog.getFooter().add(done);
        dialog.open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("accounts.page-title");
    }
}
