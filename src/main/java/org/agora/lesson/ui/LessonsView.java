package org.agora.lesson.ui;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.server.streams.UploadHandler;

import jakarta.annotation.security.RolesAllowed;

import org.agora.account.Actor;
import org.agora.account.CurrentActor;
import org.agora.base.BadInputException;
import org.agora.base.ui.MainLayout;
import org.agora.lesson.LessonCatalog;
import org.agora.lesson.LessonExporter;
import org.agora.lesson.LessonFileReader;
import org.agora.lesson.LessonImporter;
import org.agora.lesson.LessonSummary;

/** The admin's published lessons: export one as a lesson file, import a lesson file as a new lesson. */
@Route(value = "admin/lessons", layout = MainLayout.class)
@RolesAllowed("ADMIN")
public class LessonsView extends VerticalLayout implements HasDynamicTitle {

    private final LessonCatalog catalog;
    private final Grid<LessonSummary> grid = new Grid<>();
    private final Paragraph importResult = new Paragraph();

    public LessonsView(LessonCatalog catalog, LessonExporter exporter, LessonImporter importer,
            CurrentActor currentActor) {
        this.catalog = catalog;
        Actor admin = currentActor.require();
        grid.setId("lesson-list");
        grid.addColumn(LessonSummary::title).setHeader(getTranslation("lessons.column.title")).setFlexGrow(3);
        grid.addColumn(LessonSummary::slug).setHeader(getTranslation("lessons.column.slug"));
        grid.addColumn(LessonSummary::revisionNumber).setHeader(getTranslation("lessons.column.revision"));
        grid.addComponentColumn(lesson -> {
            Anchor export = new Anchor(DownloadHandler.fromInputStream(download -> {
                byte[] json = exporter.json(admin, lesson.revisionId());
                return new DownloadResponse(new ByteArrayInputStream(json), lesson.slug() + ".json",
                        "application/json", json.length);
            }), getTranslation("lessons.export"));
            export.setId("export-" + lesson.slug());
            Anchor gift = new Anchor(DownloadHandler.fromInputStream(download -> {
                byte[] text = exporter.gift(admin, lesson.revisionId()).text()
                        .getBytes(StandardCharsets.UTF_8);
                return new DownloadResponse(new ByteArrayInputStream(text), lesson.slug() + ".gift.txt",
                        "text/plain; charset=UTF-8", text.length);
            }), getTranslation("lessons.export.gift"));
            gift.setId("export-gift-" + lesson.slug());
            gift.getElement().setAttribute("title", getTranslation("lessons.export.gift.help"));
            return new Span(export, new Span(" · "),
                    gift);
        }).setKey("export").setHeader(getTranslation("lessons.column.file"));
        grid.setAllRowsVisible(true);
        refresh();

        UI ui = UI.getCurrent();
        Upload upload = new Upload();
        upload.setUploadHandler(UploadHandler.inMemory((metadata, bytes) -> ui.access(() -> {
            try {
                long revision = importer.importFile(admin, bytes);
                show(getTranslation("lessons.import.done", catalog.content(revision).title()), false);
                refresh();
            } catch (BadInputException refused) {
                show(getTranslation(refused.key(), refused.args()), true);
            }
            // Ready for the next file at once.
            upload.clearFileList();
        })));
        upload.setId("import-lesson");
        upload.setAcceptedFileTypes("application/json", ".json");
        upload.setMaxFileSize(LessonFileReader.MAX_BYTES);
        upload.setMaxFiles(1);
        upload.addFileRejectedListener(rejected -> show(getTranslation("lessons.import.rejected",
                LessonFileReader.MAX_BYTES / 1024 / 1024), true));
        importResult.setId("import-result");
        importResult.setVisible(false);

        add(new H2(getTranslation("lessons.title")), grid, new H2(getTranslation("lessons.import")),
                new Paragraph(getTranslation("lessons.import.help")), upload, importResult);
    }

    private void refresh() {
        grid.setItems(catalog.publishedLessons());
    }

    private void show(String text, boolean problem) {
        importResult.setText(text);
        importResult.setVisible(true);
        importResult.setClassName("agora-error", problem);
        Notification.show(text, 5000, Notification.Position.BOTTOM_START)
                .addThemeVariants(problem ? NotificationVariant.LUMO_ERROR : NotificationVariant.LUMO_SUCCESS);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("lessons.page-title");
    }
}
