package org.agora.account.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.agora.account.Actor;
import org.agora.account.BackupAdministration;
import org.agora.account.CurrentActor;
import org.agora.base.BadInputException;
import org.agora.base.backup.BackupFailedException;
import org.agora.base.backup.BackupFile;
import org.agora.base.ui.MainLayout;

/** The admin's list of database backups, newest first, to download one or make one now. */
@Route(value = "admin/backups", layout = MainLayout.class)
@RolesAllowed("ADMIN")
class BackupsView extends VerticalLayout implements HasDynamicTitle {

    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneId.systemDefault());
    private static final int NOT_FOUND = 404;

    private final BackupAdministration backups;
    private final Actor admin;
    private final Grid<BackupFile> grid = new Grid<>();
    private final Button backUpNow = new Button();

    BackupsView(BackupAdministration backups, CurrentActor currentActor) {
        this.backups = backups;
        this.admin = currentActor.require();
        backUpNow.setText(getTranslation("backups.back-up-now"));
        backUpNow.setId("back-up-now");
        backUpNow.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        // One backup at a time from this screen: a second click waits for the first to finish.
        backUpNow.setDisableOnClick(true);
        backUpNow.addClickListener(click -> backUpNow());
        add(
                new H2(getTranslation("backups.title")),
                new Paragraph(getTranslation("backups.help", backups.keep())),
                backUpNow,
                createGrid());
        refresh();
    }

    private Grid<BackupFile> createGrid() {
        grid.setId("backup-list");
        grid.addColumn(b -> WHEN.format(b.madeAt()))
                .setHeader(getTranslation("backups.column.at"))
                .setAutoWidth(true);
        grid.addColumn(BackupFile::name)
                .setHeader(getTranslation("backups.column.name"))
                .setAutoWidth(true);
        grid.addColumn(b -> sizeText(b.size())).setHeader(getTranslation("backups.column.size"));
        grid.addComponentColumn(this::downloadLink)
                .setKey("download")
                .setHeader(getTranslation("backups.column.download"));
        grid.setAllRowsVisible(true);
        return grid;
    }

    /** The service checks the name against the listing again when the download is asked for. */
    private Anchor downloadLink(BackupFile backup) {
        Anchor link = new Anchor(
                DownloadHandler.fromInputStream(download -> {
                    try {
                        Path file = backups.download(admin, backup.name());
                        return new DownloadResponse(
                                Files.newInputStream(file), backup.name(), "application/zip", Files.size(file));
                    } catch (BadInputException | IOException gone) {
                        return DownloadResponse.error(NOT_FOUND);
                    }
                }),
                getTranslation("backups.download"));
        link.setId("download-" + backup.name());
        return link;
    }

    private void backUpNow() {
        try {
            BackupFile made = backups.backUpNow(admin);
            Notification.show(
                            getTranslation("backups.made", made.name(), sizeText(made.size())),
                            5000,
                            Notification.Position.BOTTOM_START)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        } catch (BackupFailedException failed) {
            Notification.show(getTranslation(failed.key(), failed.args()), 8000, Notification.Position.MIDDLE)
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
        } finally {
            backUpNow.setEnabled(true);
        }
        refresh();
    }

    private void refresh() {
        grid.setItems(backups.list(admin));
    }

    private String sizeText(long bytes) {
        return bytes < 1024 * 1024
                ? getTranslation("backups.size.kb", Math.max(1, Math.round(bytes / 1024.0)))
                : getTranslation("backups.size.mb", bytes / (1024.0 * 1024.0));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("backups.page-title");
    }
}
