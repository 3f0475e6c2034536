package org.agora.lesson.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.BeforeLeaveEvent;
import com.vaadin.flow.router.BeforeLeaveObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.streams.UploadHandler;
import jakarta.annotation.security.RolesAllowed;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.agora.account.Actor;
import org.agora.account.CurrentActor;
import org.agora.base.BadInputException;
import org.agora.base.ui.MainLayout;
import org.agora.lesson.ArticleImporter;
import org.agora.lesson.ArticleProposal;
import org.agora.lesson.LessonEditing;

/**
 * A new lesson from an article: paste it or upload it, check what the importer proposes
 * (title, author, sections, what it left out as page furniture), rename, split or merge
 * sections, then create the lesson as a draft and open it in the editor.
 */
@Route(value = "admin/lessons/new", layout = MainLayout.class)
@RolesAllowed("ADMIN")
class ArticleImportView extends VerticalLayout implements HasDynamicTitle, BeforeLeaveObserver {

    private static final int PASTE_MAX_CHARS = 400_000;

    private final ArticleImporter importer = new ArticleImporter();
    private final LessonEditing editing;
    private final Actor admin;
    private final TextArea pasted = new TextArea();
    private final Paragraph problem = new Paragraph();
    private final Div proposalBox = new Div();
    private final TextField language = new TextField();
    private ArticleProposal proposal;
    private boolean created;

    ArticleImportView(LessonEditing editing, CurrentActor currentActor) {
        this.editing = editing;
        this.admin = currentActor.require();
        setMaxWidth("60em");
        RouterLink back = new RouterLink(getTranslation("editor.back"), LessonsView.class);
        back.setId("back-to-lessons");
        pasted.setId("article-text");
        pasted.setLabel(getTranslation("article.paste"));
        pasted.setHelperText(getTranslation("article.paste-help"));
        pasted.setWidthFull();
        pasted.setMinRows(8);
        // Pasted text travels in one of Vaadin's messages, which the server caps at 1 MiB.
        pasted.setMaxLength(PASTE_MAX_CHARS);
        Button propose = new Button(
                getTranslation("article.propose"),
                click -> propose(pastedName(), pasted.getValue().getBytes(StandardCharsets.UTF_8)));
        propose.setId("propose");
        propose.addThemeVariants(ButtonVariant.LUMO_PRIMARY);

        UI ui = UI.getCurrent();
        Upload upload = new Upload(UploadHandler.inMemory((metadata, bytes) -> ui.access(() -> {
            propose(metadata.fileName(), bytes);
        })));
        upload.setId("article-file");
        upload.setAcceptedFileTypes(
                ".txt", ".md", ".markdown", ".html", ".htm", "text/plain", "text/markdown", "text/html");
        upload.setMaxFileSize(ArticleImporter.MAX_BYTES);
        upload.setMaxFiles(1);
        upload.addFileRejectedListener(
                e -> showProblem(getTranslation("article.rejected", ArticleImporter.MAX_BYTES / 1024)));
        problem.setId("article-problem");
        problem.addClassName("agora-error");
        problem.getElement().setAttribute("role", "alert");
        problem.setVisible(false);
        proposalBox.setId("proposal");
        proposalBox.setWidthFull();
        language.setId("proposal-language");
        language.setLabel(getTranslation("editor.details.language"));
        language.setValue("en");
        add(
                back,
                new H2(getTranslation("article.title")),
                new Paragraph(getTranslation("article.help")),
                pasted,
                propose,
                new Paragraph(getTranslation("article.or-upload")),
                upload,
                problem,
                proposalBox);
    }

    /** Pasted text with Markdown headings is read as Markdown; HTML is recognised by the importer itself. */
    private String pastedName() {
        return pasted.getValue().lines().anyMatch(line -> line.matches("#{1,3} \\S.*")) ? "pasted.md" : "pasted.txt";
    }

    private void propose(String fileName, byte[] bytes) {
        try {
            proposal = importer.propose(fileName, bytes);
            problem.setVisible(false);
            render();
        } catch (BadInputException refused) {
            showProblem(getTranslation(refused.key(), refused.args()));
        }
    }

    private void showProblem(String text) {
        problem.setText(text);
        problem.setVisible(true);
        Notification.show(text, 5000, Notification.Position.BOTTOM_START)
                .addThemeVariants(NotificationVariant.LUMO_ERROR);
    }

    private void render() {
        proposalBox.removeAll();
        TextField title = new TextField(getTranslation("editor.details.title"));
        title.setId("proposal-title");
        title.setValue(proposal.title() == null ? "" : proposal.title());
        title.setWidthFull();
        title.addValueChangeListener(e -> proposal = proposal.withTitle(e.getValue()));
        TextField author = new TextField(getTranslation("editor.details.author"));
        author.setId("proposal-author");
        author.setValue(proposal.author() == null ? "" : proposal.author());
        author.addValueChangeListener(e -> proposal = proposal.withAuthor(e.getValue()));
        Div names = new Div(author, language);
        names.addClassName("agora-field-row");
        proposalBox.add(new H2(getTranslation("article.proposal")), title, names);

        UnorderedList dropped = new UnorderedList();
        proposal.dropped().forEach(line -> dropped.add(new ListItem(line)));
        Details droppedBox =
                new Details(getTranslation("article.dropped", proposal.dropped().size()), dropped);
        droppedBox.setId("dropped");
        proposalBox.add(droppedBox);

        List<ArticleProposal.Section> sections = proposal.sections();
        for (int i = 0; i < sections.size(); i++) {
            proposalBox.add(section(i, sections.get(i), i == sections.size() - 1));
        }
        Button create = new Button(getTranslation("article.create"), click -> {
            try {
                create();
            } finally {
                click.getSource().setEnabled(true);
            }
        });
        create.setId("create-lesson");
        // A double click makes one lesson, not two.
        create.setDisableOnClick(true);
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        proposalBox.add(create);
    }

    private Div section(int index, ArticleProposal.Section section, boolean last) {
        Div box = new Div();
        box.setId("proposed-section-" + index);
        box.addClassName("agora-proposed-section");
        TextField title = new TextField(getTranslation("article.section-title", index + 1));
        title.setId("proposed-title-" + index);
        title.setValue(section.title() == null ? "" : section.title());
        title.setWidthFull();
        title.addValueChangeListener(e -> proposal = proposal.rename(index, e.getValue()));
        box.add(title);
        for (int p = 0; p < section.paragraphs().size(); p++) {
            if (p > 0) {
                int at = p;
                Button split = new Button(getTranslation("article.split"), click -> {
                    proposal = proposal.splitAt(index, at, getTranslation("article.new-section"));
                    render();
                });
                split.setId("split-" + index + "-" + p);
                split.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
                box.add(split);
            }
            Paragraph text = new Paragraph(String.join(" ", section.paragraphs().get(p)));
            text.addClassName("agora-proposed-paragraph");
            box.add(text);
        }
        if (!last) {
            Button merge = new Button(getTranslation("article.merge"), click -> {
                proposal = proposal.mergeWithNext(index);
                render();
            });
            merge.setId("merge-" + index);
            merge.addThemeVariants(ButtonVariant.LUMO_SMALL);
            box.add(merge);
        }
        return box;
    }

    private void create() {
        try {
            long lessonId = editing.createFromArticle(admin, proposal, language.getValue());
            created = true;
            UI.getCurrent().navigate(LessonEditorView.class, new RouteParameters("lessonId", String.valueOf(lessonId)));
        } catch (LessonEditing.DraftRefusedException refused) {
            var first = refused.problems().get(0);
            showProblem(getTranslation(
                    "article.not-created", where(first.field()) + ": " + getTranslation(first.key(), first.args())));
        }
    }

    /** The name of a draft's field as this screen shows it. */
    private String where(String field) {
        String[] parts = field.split("-");
        if (parts.length == 3 && parts[0].equals("section")) {
            int number = Integer.parseInt(parts[1]) + 1;
            return getTranslation(parts[2].equals("title") ? "article.section-title" : "article.section-text", number);
        }
        return switch (field) {
            case "title", "language", "author" -> getTranslation("editor.details." + field);
            case "sections" -> getTranslation("editor.sections");
            default -> field;
        };
    }

    @Override
    public void beforeLeave(BeforeLeaveEvent event) {
        if (proposal == null || created) {
            return;
        }
        BeforeLeaveEvent.ContinueNavigationAction leave = event.postpone();
        ConfirmDialog confirm = new ConfirmDialog(
                getTranslation("article.leave.title"),
                getTranslation("article.leave.text"),
                getTranslation("editor.leave.confirm"),
                yes -> leave.proceed());
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("editor.leave.cancel"));
        confirm.setConfirmButtonTheme("error primary");
        confirm.open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("article.page-title");
    }
}
