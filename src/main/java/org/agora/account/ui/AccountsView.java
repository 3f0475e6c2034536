package org.agora.account.ui;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

import org.agora.account.AccountService;
import org.agora.account.AccountSummary;
import org.agora.account.CurrentActor;
import org.agora.base.ui.MainLayout;

/** The admin's list of accounts and the form that creates teacher and admin accounts. */
@Route(value = "admin/accounts", layout = MainLayout.class)
@RolesAllowed("ADMIN")
public class AccountsView extends VerticalLayout implements HasDynamicTitle {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd")
            .withZone(ZoneId.systemDefault());

    private final AccountService accounts;
    private final CurrentActor currentActor;
    private final Grid<AccountSummary> grid = new Grid<>();

    public AccountsView(AccountService accounts, CurrentActor currentActor) {
        this.accounts = accounts;
        this.currentActor = currentActor;
        add(new H2(getTranslation("accounts.title")), createForm(), createGrid());
    }

    private NewAccountForm createForm() {
        NewAccountForm form = new NewAccountForm();
        form.onSubmit(request -> {
            AccountSummary created = accounts.create(currentActor.require(), request.username(),
                    request.displayName(), request.password(), request.role());
            Notification.show(getTranslation("accounts.created", created.username()), 4000,
                    Notification.Position.BOTTOM_START).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            grid.getDataProvider().refreshAll();
        });
        return form;
    }

    private Grid<AccountSummary> createGrid() {
        grid.setId("account-list");
        grid.addColumn(AccountSummary::username).setHeader(getTranslation("accounts.column.username"));
        grid.addColumn(AccountSummary::displayName).setHeader(getTranslation("accounts.column.name"));
        grid.addColumn(a -> getTranslation("role." + a.role().name().toLowerCase(java.util.Locale.ROOT)))
                .setHeader(getTranslation("accounts.column.role"));
        grid.addColumn(a -> getTranslation(a.enabled() ? "accounts.status.active" : "accounts.status.disabled"))
                .setHeader(getTranslation("accounts.column.status"));
        grid.addColumn(a -> DATE.format(a.createdAt())).setHeader(getTranslation("accounts.column.created"));
        grid.setItems(query -> accounts.list(currentActor.require(), query.getPage(), query.getPageSize()).stream());
        return grid;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("accounts.page-title");
    }
}
