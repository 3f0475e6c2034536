package org.agora.account.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.agora.account.AuditEntry;
import org.agora.account.AuditLog;
import org.agora.account.CurrentActor;
import org.agora.base.ui.MainLayout;

/** The admins' log of account changes, newest first, loaded page by page. */
@Route(value = "admin/audit", layout = MainLayout.class)
@RolesAllowed("ADMIN")
class AuditView extends VerticalLayout implements HasDynamicTitle {

    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneId.systemDefault());

    AuditView(AuditLog audit, CurrentActor currentActor) {
        Grid<AuditEntry> grid = new Grid<>();
        grid.setId("audit-log");
        grid.addColumn(e -> WHEN.format(e.at()))
                .setHeader(getTranslation("audit.column.at"))
                .setAutoWidth(true);
        grid.addColumn(AuditEntry::actor).setHeader(getTranslation("audit.column.actor"));
        grid.addColumn(e -> getTranslation("audit.action." + e.action().name().toLowerCase(Locale.ROOT)))
                .setHeader(getTranslation("audit.column.action"));
        grid.addColumn(e -> e.target() == null ? "" : e.target()).setHeader(getTranslation("audit.column.target"));
        grid.addColumn(e -> e.detail() == null ? "" : e.detail()).setHeader(getTranslation("audit.column.detail"));
        grid.setItems(query -> audit.list(currentActor.require(), query.getPage(), query.getPageSize()).stream());
        add(new H2(getTranslation("audit.title")), grid);
        setSizeFull();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("audit.page-title");
    }
}
