package org.agora.account.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.DownloadKt;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.sidenav.SideNavItem;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.agora.KaribuTest;
import org.agora.account.AuditAction;
import org.agora.account.AuditEntry;
import org.agora.account.AuditLog;
import org.agora.account.BackupAdministration;
import org.agora.account.Role;
import org.agora.base.BadInputException;
import org.agora.base.NotAllowedException;
import org.agora.base.backup.BackupFile;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.util.FileSystemUtils;

class BackupsViewTest extends KaribuTest {

    private static final String OLDER = "agora-20261125T023000Z.zip";
    private static final String NEWER = "agora-20261126T023000Z.zip";

    @Autowired
    BackupAdministration administration;

    @Autowired
    AuditLog audit;

    @Value("${agora.data-dir}")
    String dataDir;

    private Path folder;

    @BeforeEach
    void twoBackupsAndAnUnfinishedOne() throws Exception {
        folder = Path.of(dataDir, "backups");
        FileSystemUtils.deleteRecursively(folder);
        Files.createDirectories(folder);
        Files.writeString(folder.resolve(OLDER), "the older backup");
        Files.writeString(folder.resolve(NEWER), "the newer backup");
        Files.writeString(folder.resolve("backup-in-progress.part"), "half written");
    }

    @SuppressWarnings("unchecked")
    private Grid<BackupFile> backupList() {
        return _get(Grid.class, s -> s.withId("backup-list"));
    }

    private List<AuditEntry> audited(AuditAction action) {
        return audit.list(fixtures.admin(), 0, 200).stream()
                .filter(e -> e.action() == action)
                .toList();
    }

    @Test
    void the_admin_finds_backups_in_the_menu_newest_first_and_downloads_one_which_the_audit_log_records() {
        signIn("admin", Role.ADMIN);
        navigate("admin/backups");
        int downloadsBefore = audited(AuditAction.BACKUP_DOWNLOADED).size();

        assertThat(_find(SideNavItem.class)).extracting(SideNavItem::getLabel).contains("Backups");
        Grid<BackupFile> grid = backupList();
        assertThat(GridKt._findAll(grid)).extracting(BackupFile::name).containsExactly(NEWER, OLDER);
        assertThat(GridKt._getFormattedRow(grid, 0)).contains(NEWER, "1 KB");

        Anchor download = (Anchor) GridKt._getCellComponent(grid, 0, "download");
        // Karibu renders the cell anew; attached, its download handler is registered as in a browser.
        UI.getCurrent().add(download);
        assertThat(download.getId()).contains("download-" + NEWER);
        byte[] received = DownloadKt._download(download);

        assertThat(new String(received, StandardCharsets.UTF_8)).isEqualTo("the newer backup");
        assertThat(audited(AuditAction.BACKUP_DOWNLOADED))
                .hasSize(downloadsBefore + 1)
                .first()
                .satisfies(e -> assertThat(e.detail()).isEqualTo(NEWER))
                .satisfies(e -> assertThat(e.actor()).isEqualTo("admin"));
    }

    @Test
    void back_up_now_on_a_database_held_in_memory_says_why_nothing_was_made_and_records_nothing() throws Exception {
        signIn("admin", Role.ADMIN);
        navigate("admin/backups");
        int madeBefore = audited(AuditAction.BACKUP_MADE).size();

        _click(_get(Button.class, s -> s.withId("back-up-now")));

        NotificationsKt.expectNotifications("This database is held in memory only, so there is no file to back up.");
        assertThat(_get(Button.class, s -> s.withId("back-up-now")).isEnabled()).isTrue();
        assertThat(GridKt._findAll(backupList())).extracting(BackupFile::name).containsExactly(NEWER, OLDER);
        try (Stream<Path> files = Files.list(folder)) {
            // No new file; the unfinished one a crash would leave is cleared by the attempt.
            assertThat(files.map(f -> f.getFileName().toString())).containsExactlyInAnyOrder(NEWER, OLDER);
        }
        assertThat(audited(AuditAction.BACKUP_MADE)).hasSize(madeBefore);
    }

    @Test
    void only_listed_backups_can_be_downloaded_and_only_by_an_admin() {
        int downloadsBefore = audited(AuditAction.BACKUP_DOWNLOADED).size();

        assertThatThrownBy(() -> administration.download(fixtures.admin(), "../agora.mv.db"))
                .isInstanceOf(BadInputException.class);
        assertThatThrownBy(() -> administration.download(fixtures.admin(), "backup-in-progress.part"))
                .isInstanceOf(BadInputException.class);
        assertThatThrownBy(() -> administration.download(fixtures.teacher(), NEWER))
                .isInstanceOf(NotAllowedException.class);
        assertThatThrownBy(() -> administration.list(fixtures.teacher())).isInstanceOf(NotAllowedException.class);
        assertThat(audited(AuditAction.BACKUP_DOWNLOADED)).hasSize(downloadsBefore);
    }
}
