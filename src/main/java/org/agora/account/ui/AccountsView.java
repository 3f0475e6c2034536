package org.agora.account.ui;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

import org.agora.account.AccountService;
import org.agora.account.AccountSummary;
import org.agora.account.CurrentActor;
import org.agora.base.ui.MainLayout;

/** The admin's list of accounts and the form that creates teacher and admin accounts. */
@Route(value = "admin/accounts", layout = MainLayout.class)
@PageTitle("Accounts · Agora")
@RolesAllowed("ADMIN")
public class AccountsView extends VerticalLayout {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd")
            .withZone(ZoneId.systemDefault());

    private final AccountService accounts;
    private final CurrentActor currentActor;
    private final Grid<AccountSummary> grid = new Grid<>();

    public AccountsView(AccountService accounts, CurrentActor currentActor) {
        this.accounts = accounts;
        this.currentActor = currentActor;
        add(new H2("Accounts"), createForm(), createGrid());
    }

    private NewAccountForm createForm() {
        NewAccountForm form = new NewAccountForm();
        form.onSubmit(request -> {
            AccountSummary created = accounts.create(currentActor.require(), request.username(),
                    request.displayName(), request.password(), request.role());
            Notification.show("Account \"" + created.username() + "\" created.", 4000,
                    Notification.Position.BOTTOM_START).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            grid.getDataProvider().refreshAll();
        });
        return form;
    }

    private Grid<AccountSummary> createGrid() {
        grid.setId("account-list");
        grid.addColumn(AccountSummary::username).setHeader("Username");
        grid.addColumn(AccountSummary::displayName).setHeader("Name");
        grid.addColumn(a -> a.role().name().toLowerCase()).setHeader("Role");
        grid.addColumn(a -> a.enabled() ? "active" : "disabled").setHeader("Status");
        grid.addColumn(a -> DATE.format(a.createdAt())).setHeader("Created");
        grid.setItems(query -> accounts.list(currentActor.require(), query.getPage(), query.getPageSize()).stream());
        return grid;
    }
}
