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
import com.vaadin.flow.component.html.Span;
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
 * (title, source, sections, what it left out), rename, split, merge or delete sections,
 * delete paragraphs, put a line left out back where it stood, then create the lesson as a
 * draft and open it in the editor.
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
            if (proposal.language() != null) {
                language.setValue(proposal.language());
            }
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
        proposalBox.add(new H2(getTranslation("article.proposal")), title, names, sourceFields());

        proposalBox.add(leftOut());
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

    /** Publication, date and address, as the page gives them; the admin may change each. */
    private Div sourceFields() {
        ArticleProposal.Source source = proposal.source();
        TextField publication = new TextField(getTranslation("editor.details.publication"));
        publication.setId("proposal-publication");
        publication.setValue(source.publication() == null ? "" : source.publication());
        TextField date = new TextField(getTranslation("editor.details.date"));
        date.setId("proposal-date");
        date.setValue(source.date() == null ? "" : source.date());
        TextField address = new TextField(getTranslation("editor.details.url"));
        address.setId("proposal-address");
        address.setValue(source.address() == null ? "" : source.address());
        address.setWidthFull();
        publication.addValueChangeListener(e -> proposal = proposal.withSource(new ArticleProposal.Source(
                e.getValue(), proposal.source().date(), proposal.source().address())));
        date.addValueChangeListener(e -> proposal = proposal.withSource(new ArticleProposal.Source(
                proposal.source().publication(), e.getValue(), proposal.source().address())));
        address.addValueChangeListener(e -> proposal = proposal.withSource(new ArticleProposal.Source(
                proposal.source().publication(), proposal.source().date(), e.getValue())));
        Div row = new Div(publication, date, address);
        row.addClassName("agora-field-row");
        return row;
    }

    /** The lines left out, each with a button that puts it back where it stood. */
    private Details leftOut() {
        UnorderedList lines = new UnorderedList();
        List<String> dropped = proposal.dropped();
        for (int i = 0; i < dropped.size(); i++) {
            int index = i;
            Button putBack = new Button(getTranslation("article.put-back"), click -> {
                proposal = proposal.restore(index);
                render();
            });
            putBack.setId("put-back-" + i);
            putBack.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            putBack.getElement()
                    .setAttribute("aria-label", getTranslation("article.put-back-line", label(dropped.get(i))));
            ListItem item = new ListItem(new Span(dropped.get(i)), putBack);
            item.addClassName("agora-left-out");
            lines.add(item);
        }
        Details box = new Details(getTranslation("article.dropped", dropped.size()), lines);
        box.setId("dropped");
        return box;
    }

    /** The start of a line, for a button's name read aloud. */
    private static String label(String text) {
        return text.length() <= 60 ? text : text.substring(0, 60) + "…";
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
        int count = section.paragraphs().size();
        for (int p = 0; p < count; p++) {
            int at = p;
            if (p > 0) {
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
            Div row = new Div(text);
            row.addClassName("agora-proposed-row");
            if (count > 1) {
                Button delete = new Button(getTranslation("article.delete-paragraph"), click -> {
                    proposal = proposal.deleteParagraph(index, at);
                    render();
                });
                delete.setId("delete-" + index + "-" + p);
                delete.getElement()
                        .setAttribute(
                                "aria-label", getTranslation("article.delete-paragraph-named", label(text.getText())));
                delete.addThemeVariants(
                        ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
                row.add(delete);
            }
            box.add(row);
        }
        Div actions = new Div();
        actions.addClassName("agora-proposed-actions");
        if (!last) {
            Button merge = new Button(getTranslation("article.merge"), click -> {
                proposal = proposal.mergeWithNext(index);
                render();
            });
            merge.setId("merge-" + index);
            merge.addThemeVariants(ButtonVariant.LUMO_SMALL);
            actions.add(merge);
        }
        if (proposal.sections().size() > 1) {
            Button deleteSection = new Button(getTranslation("article.delete-section"), click -> {
                proposal = proposal.deleteSection(index);
                render();
            });
            deleteSection.setId("delete-section-" + index);
            deleteSection.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
            actions.add(deleteSection);
        }
        box.add(actions);
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
