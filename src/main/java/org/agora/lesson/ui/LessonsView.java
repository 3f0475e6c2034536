package org.agora.lesson.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.server.streams.UploadHandler;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.agora.account.Actor;
import org.agora.account.CurrentActor;
import org.agora.base.BadInputException;
import org.agora.base.ui.MainLayout;
import org.agora.lesson.LessonCatalog;
import org.agora.lesson.LessonEditing;
import org.agora.lesson.LessonExporter;
import org.agora.lesson.LessonFileReader;
import org.agora.lesson.LessonImporter;
import org.agora.lesson.LessonOverview;

/**
 * The admin's lessons: edit one, archive it, export it as a lesson file or its questions as
 * GIFT; make a new lesson from an article; import a lesson file as a new lesson.
 */
@Route(value = "admin/lessons", layout = MainLayout.class)
@RolesAllowed("ADMIN")
class LessonsView extends VerticalLayout implements HasDynamicTitle {

    private final LessonEditing editing;
    private final LessonExporter exporter;
    private final Actor admin;
    private final Grid<LessonOverview> grid = new Grid<>();
    private final Paragraph importResult = new Paragraph();
    private final com.vaadin.flow.component.textfield.TextField search =
            new com.vaadin.flow.component.textfield.TextField();

    LessonsView(
            LessonEditing editing,
            LessonCatalog catalog,
            LessonExporter exporter,
            LessonImporter importer,
            CurrentActor currentActor) {
        this.editing = editing;
        this.exporter = exporter;
        this.admin = currentActor.require();
        grid.setId("lesson-list");
        grid.addColumn(LessonOverview::title)
                .setHeader(getTranslation("lessons.column.title"))
                .setFlexGrow(3);
        grid.addColumn(this::state)
                .setKey("state")
                .setHeader(getTranslation("lessons.column.state"))
                .setFlexGrow(2);
        grid.addComponentColumn(this::actions)
                .setKey("actions")
                .setHeader(getTranslation("lessons.column.actions"))
                .setFlexGrow(2);
        grid.addComponentColumn(this::exports)
                .setKey("export")
                .setHeader(getTranslation("lessons.column.file"))
                .setFlexGrow(2);
        grid.setAllRowsVisible(true);
        search.setId("lesson-search");
        search.setPlaceholder(getTranslation("lessons.search"));
        search.setAriaLabel(getTranslation("lessons.search"));
        search.setClearButtonVisible(true);
        search.setValueChangeMode(com.vaadin.flow.data.value.ValueChangeMode.LAZY);
        search.addValueChangeListener(e -> refresh());
        refresh();

        Button fromArticle = new Button(
                getTranslation("lessons.new-from-article"),
                VaadinIcon.PLUS.create(),
                click -> UI.getCurrent().navigate(ArticleImportView.class));
        fromArticle.setId("new-from-article");
        fromArticle.addThemeVariants(ButtonVariant.LUMO_PRIMARY);

        UI ui = UI.getCurrent();
        Upload upload = new Upload();
        upload.setUploadHandler(UploadHandler.inMemory((metadata, bytes) -> ui.access(() -> {
            try {
                long revision = importer.importFile(admin, bytes);
                show(
                        getTranslation(
                                "lessons.import.done", catalog.content(revision).title()),
                        false);
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
        upload.addFileRejectedListener(rejected ->
                show(getTranslation("lessons.import.rejected", LessonFileReader.MAX_BYTES / 1024 / 1024), true));
        importResult.setId("import-result");
        importResult.setVisible(false);

        add(
                new H2(getTranslation("lessons.title")),
                fromArticle,
                search,
                grid,
                new H2(getTranslation("lessons.import")),
                new Paragraph(getTranslation("lessons.import.help")),
                upload,
                importResult);
    }

    private String state(LessonOverview lesson) {
        StringBuilder state = new StringBuilder();
        if (lesson.publishedNumber() != null) {
            state.append(getTranslation("lessons.state.published", lesson.publishedNumber()));
        }
        if (lesson.draftNumber() != null) {
            state.append(state.length() == 0 ? "" : " · ")
                    .append(getTranslation("lessons.state.draft", lesson.draftNumber()));
        }
        if (lesson.archived()) {
            state.append(" · ").append(getTranslation("lessons.state.archived"));
        }
        return state.toString();
    }

    private Component actions(LessonOverview lesson) {
        Button edit = new Button(
                getTranslation("lessons.edit"),
                VaadinIcon.EDIT.create(),
                click -> UI.getCurrent()
                        .navigate(
                                LessonEditorView.class,
                                new RouteParameters("lessonId", String.valueOf(lesson.lessonId()))));
        edit.setId("edit-" + lesson.slug());
        edit.addThemeVariants(ButtonVariant.LUMO_SMALL);
        Button archive =
                new Button(getTranslation(lesson.archived() ? "lessons.restore" : "lessons.archive"), click -> {
                    try {
                        editing.setArchived(admin, lesson.lessonId(), !lesson.archived());
                        refresh();
                    } catch (BadInputException refused) {
                        show(getTranslation(refused.key(), refused.args()), true);
                    }
                });
        archive.setId("archive-" + lesson.slug());
        archive.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        archive.getElement()
                .setAttribute(
                        "title", getTranslation(lesson.archived() ? "lessons.restore.help" : "lessons.archive.help"));
        Button duplicate = new Button(getTranslation("lessons.duplicate"), click -> {
            long copy = editing.duplicate(admin, lesson.lessonId());
            UI.getCurrent().navigate(LessonEditorView.class, new RouteParameters("lessonId", String.valueOf(copy)));
        });
        duplicate.setId("duplicate-" + lesson.slug());
        duplicate.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        duplicate.getElement().setAttribute("title", getTranslation("lessons.duplicate.help"));
        Button delete = new Button(getTranslation("lessons.delete"), click -> confirmDelete(lesson));
        delete.setId("delete-" + lesson.slug());
        delete.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        return new Span(edit, duplicate, archive, delete);
    }

    private void confirmDelete(LessonOverview lesson) {
        com.vaadin.flow.component.confirmdialog.ConfirmDialog confirm =
                new com.vaadin.flow.component.confirmdialog.ConfirmDialog(
                        getTranslation("lessons.delete.title", lesson.title()),
                        getTranslation("lessons.delete.text"),
                        getTranslation("lessons.delete.confirm"),
                        yes -> {
                            try {
                                editing.delete(admin, lesson.lessonId());
                                show(getTranslation("lessons.delete.done", lesson.title()), false);
                                refresh();
                            } catch (BadInputException refused) {
                                show(getTranslation(refused.key(), refused.args()), true);
                            }
                        });
        confirm.setId("confirm-delete");
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("lessons.delete.cancel"));
        confirm.setConfirmButtonTheme("error primary");
        confirm.open();
    }

    private Component exports(LessonOverview lesson) {
        if (lesson.publishedRevisionId() == null) {
            return new Span(getTranslation("lessons.export.none"));
        }
        long revisionId = lesson.publishedRevisionId();
        Anchor export = new Anchor(
                DownloadHandler.fromInputStream(download -> {
                    byte[] json = exporter.json(admin, revisionId);
                    return new DownloadResponse(
                            new ByteArrayInputStream(json), lesson.slug() + ".json", "application/json", json.length);
                }),
                getTranslation("lessons.export"));
        export.setId("export-" + lesson.slug());
        Anchor gift = new Anchor(
                DownloadHandler.fromInputStream(download -> {
                    byte[] text = exporter.gift(admin, revisionId).text().getBytes(StandardCharsets.UTF_8);
                    return new DownloadResponse(
                            new ByteArrayInputStream(text),
                            lesson.slug() + ".gift.txt",
                            "text/plain; charset=UTF-8",
                            text.length);
                }),
                getTranslation("lessons.export.gift"));
        gift.setId("export-gift-" + lesson.slug());
        gift.getElement().setAttribute("title", getTranslation("lessons.export.gift.help"));
        return new Span(export, new Span(" · "), gift);
    }

    /** The lessons whose title or address holds what is typed in the search field (case aside). */
    private void refresh() {
        String wanted = search.getValue().strip().toLowerCase(java.util.Locale.ROOT);
        grid.setItems(editing.overview(admin).stream()
                .filter(l -> wanted.isEmpty()
                        || l.title().toLowerCase(java.util.Locale.ROOT).contains(wanted)
                        || l.slug().contains(wanted))
                .toList());
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
