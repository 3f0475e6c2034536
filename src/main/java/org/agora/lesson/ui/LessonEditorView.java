package org.agora.lesson.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.dom.DebouncePhase;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.BeforeLeaveEvent;
import com.vaadin.flow.router.BeforeLeaveObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.agora.account.Actor;
import org.agora.account.CurrentActor;
import org.agora.base.BadInputException;
import org.agora.base.ui.MainLayout;
import org.agora.lesson.DraftProblem;
import org.agora.lesson.LessonDraft;
import org.agora.lesson.LessonDraft.SectionDraft;
import org.agora.lesson.LessonEditing;
import org.agora.lesson.LessonFile.PollDoc;

/**
 * The lesson editor: details, poll, sections and their questions. Save keeps a draft that no
 * class sees; Publish makes it the revision new classes get. Leaving with unsaved changes
 * asks first, inside the app and when the browser tab is closed or reloaded.
 */
@Route(value = "admin/lessons/:lessonId/edit", layout = MainLayout.class)
@RolesAllowed("ADMIN")
class LessonEditorView extends VerticalLayout implements BeforeEnterObserver, BeforeLeaveObserver, HasDynamicTitle {

    private static final String DEFAULT_POLL_KEY = "poll";

    private final LessonEditing editing;
    private final Actor admin;
    private final Paragraph status = new Paragraph();
    private final Paragraph problems = new Paragraph();
    /** Every problem of a refused save, with its place: in the bar, scrolling on its own when long. */
    private final UnorderedList problemList = new UnorderedList();

    private final Div body = new Div();
    private LessonDraft opened;
    private LessonDetailsForm details;
    private ReorderList<SectionEditor> sections;
    private boolean building;
    private boolean dirty;
    private String title = "";

    LessonEditorView(LessonEditing editing, CurrentActor currentActor) {
        this.editing = editing;
        this.admin = currentActor.require();
        setMaxWidth("60em");
        status.setId("lesson-status");
        problems.setId("editor-problems");
        problems.addClassName("agora-error");
        problems.getElement().setAttribute("role", "alert");
        problems.setVisible(false);
        problemList.setId("editor-problem-list");
        problemList.addClassName("agora-problem-list");
        problemList.setVisible(false);
        // It may scroll: keyboard users reach it with Tab, and a screen reader names it.
        problemList.getElement().setAttribute("tabindex", "0");
        problemList.getElement().setAttribute("aria-label", getTranslation("editor.problems.list"));
        body.setWidthFull();
        // Typing marks the lesson changed at the first key, before the fields' own (delayed) value updates,
        // so leaving right after typing still asks first.
        body.getElement().addEventListener("input", e -> changed()).debounce(1000, DebouncePhase.LEADING);
        add(toolbar(), status, body);
        // The browser asks before a reload or a closed tab while changes are unsaved.
        getElement()
                .executeJs("window.addEventListener('beforeunload', e => {"
                        + " if (window.agoraUnsaved) { e.preventDefault(); e.returnValue = ''; } });");
    }

    private Div toolbar() {
        RouterLink back = new RouterLink(getTranslation("editor.back"), LessonsView.class);
        back.setId("back-to-lessons");
        Button preview = new Button(getTranslation("editor.preview"), VaadinIcon.EYE.create(), click -> preview());
        preview.setId("preview-lesson");
        Button save = new Button(getTranslation("editor.save"), click -> {
            try {
                save(false);
            } finally {
                click.getSource().setEnabled(true);
            }
        });
        save.setId("save-lesson");
        Button publish = new Button(getTranslation("editor.publish"), click -> {
            try {
                save(true);
            } finally {
                click.getSource().setEnabled(true);
            }
        });
        publish.setId("publish-lesson");
        // A double click sends one save, not two.
        save.setDisableOnClick(true);
        publish.setDisableOnClick(true);
        publish.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        // The problems stay in sight with the buttons while the author scrolls to fix them.
        problems.setWidthFull();
        problemList.setWidthFull();
        Div bar = new Div(back, preview, save, publish, problems, problemList);
        bar.addClassName("agora-editor-toolbar");
        return bar;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long lessonId;
        try {
            lessonId = Long.parseLong(event.getRouteParameters().get("lessonId").orElse(""));
            show(editing.open(admin, lessonId));
        } catch (NumberFormatException | BadInputException missing) {
            notify(getTranslation("draft.not-found"), true);
            event.forwardTo(LessonsView.class);
        }
    }

    private void show(LessonDraft draft) {
        building = true;
        opened = draft;
        title = draft.details().title();
        body.removeAll();
        details = new LessonDetailsForm(
                draft.details(), draft.poll() == null ? "" : draft.poll().prompt(), this::changed);
        sections = new ReorderList<>("editor.noun.section", SectionEditor::header, this::changed);
        sections.setId("sections");
        draft.sections().forEach(this::addSection);
        Button addSection = new Button(getTranslation("editor.section.add"), VaadinIcon.PLUS.create(), click -> {
            addSection(
                    new SectionDraft(LessonEditing.newSectionKey(collect().sections()), "", "", Map.of(), List.of()));
            changed();
        });
        addSection.setId("add-section");
        body.add(
                new H2(getTranslation("editor.details")),
                details,
                new H2(getTranslation("editor.sections")),
                sections,
                addSection);
        updateStatus();
        building = false;
        setDirty(false);
    }

    private void addSection(SectionDraft draft) {
        SectionEditor editor = new SectionEditor(draft, this::changed, sectionKey -> {
            LessonDraft now = collect();
            return LessonEditing.newQuestionKey(now.sections(), now.poll(), sectionKey);
        });
        editor.addHeaderControls(sections.controls(editor, "move-" + draft.key()), () -> sections.removeRow(editor));
        sections.addRow(editor);
    }

    private void updateStatus() {
        LessonEditing.EditState state = editing.state(admin, opened.lessonId());
        String text = getTranslation(
                state.published() ? "editor.status.published" : "editor.status.draft",
                state.revisionNumber(),
                state.revisionNumber() + 1);
        if (state.archived()) {
            text += " " + getTranslation("editor.status.archived");
        }
        status.setText(text);
    }

    private void changed() {
        if (!building) {
            setDirty(true);
        }
    }

    private void setDirty(boolean value) {
        dirty = value;
        getElement().executeJs("window.agoraUnsaved = $0", value);
    }

    /** The draft as the forms hold it now. */
    private LessonDraft collect() {
        List<SectionDraft> drafts = new ArrayList<>();
        sections.rows().forEach(s -> drafts.add(s.value()));
        String poll = details.pollPrompt();
        String pollKey =
                opened.poll() == null ? DEFAULT_POLL_KEY : opened.poll().key();
        return new LessonDraft(
                opened.lessonId(),
                opened.baseRevisionId(),
                opened.baseVersion(),
                details.value(),
                poll.isBlank() ? null : new PollDoc(pollKey, poll),
                drafts);
    }

    private void save(boolean publish) {
        LessonDraft draft = collect();
        if (!markProblems(publish ? editing.checkForPublishing(draft) : editing.check(draft))) {
            return;
        }
        try {
            LessonDraft saved = publish ? editing.publish(admin, draft) : editing.save(admin, draft);
            show(saved);
            notify(getTranslation(publish ? "editor.published" : "editor.saved"), false);
        } catch (LessonEditing.DraftRefusedException refused) {
            markProblems(refused.problems());
        } catch (BadInputException refused) {
            problemList.setVisible(false);
            problems.setText(getTranslation(refused.key(), refused.args()));
            problems.setVisible(true);
        }
    }

    /**
     * Marks each problem on its field and lists them all, each with its place, above the form; true
     * when there is none. No toast: it would cover the form, and the list is read out as an alert.
     */
    private boolean markProblems(List<DraftProblem> found) {
        details.clearProblems();
        sections.rows().forEach(SectionEditor::clearProblems);
        problems.setVisible(!found.isEmpty());
        problemList.removeAll();
        problemList.setVisible(!found.isEmpty());
        if (found.isEmpty()) {
            return true;
        }
        List<SectionEditor> rows = sections.rows();
        for (DraftProblem problem : found) {
            String message = getTranslation(problem.key(), problem.args());
            String[] parts = problem.field().split("-");
            problemList.add(new ListItem(place(parts) + message));
            if (details.showProblem(problem.field(), message)) {
                continue;
            }
            if (parts[0].equals("section") && parts.length == 3) {
                rows.get(Integer.parseInt(parts[1])).showProblem(parts[2], message);
            } else if (parts[0].equals("question") && parts.length == 4) {
                rows.get(Integer.parseInt(parts[1]))
                        .questionEditors()
                        .get(Integer.parseInt(parts[2]))
                        .showProblem(parts[3], message);
            }
        }
        problems.setText(getTranslation("editor.problems.heading", found.size()));
        // Take the author to the first problem; a field also gets the keyboard focus.
        body.getElement()
                .executeJs("const first = this.querySelector('[invalid], .agora-problem:not([hidden])');"
                        + " if (first) { first.scrollIntoView({block: 'center'});"
                        + " if (first.hasAttribute('invalid')) { first.focus(); } }");
        return false;
    }

    /** Where a problem is, as the list says it: "Section 2: ", "Section 1, question 3: ", "Title: ". */
    private String place(String[] field) {
        if (field[0].equals("section") && field.length == 3) {
            return getTranslation("editor.problem.section", Integer.parseInt(field[1]) + 1) + part(field[2]) + ": ";
        }
        if (field[0].equals("question") && field.length == 4) {
            return getTranslation(
                            "editor.problem.question", Integer.parseInt(field[1]) + 1, Integer.parseInt(field[2]) + 1)
                    + part(field[3])
                    + ": ";
        }
        String key = "editor.details." + String.join("-", field);
        String name = getTranslation(key);
        return name.startsWith("[") ? "" : name + ": ";
    }

    /** The part of a section or question a problem is in, ", explanation"; nothing for a part without a name. */
    private String part(String name) {
        String text = getTranslation("editor.problem.part." + name);
        return text.startsWith("[") ? "" : ", " + text;
    }

    private void preview() {
        Dialog dialog = new Dialog(new LessonPreview(collect()));
        dialog.setHeaderTitle(getTranslation("editor.preview.title"));
        Button close = new Button(getTranslation("editor.preview.close"), click -> dialog.close());
        close.setId("close-preview");
        dialog.getFooter().add(close);
        dialog.setWidth("min(48em, 100%)");
        dialog.open();
    }

    private void notify(String text, boolean problem) {
        Notification.show(text, 5000, Notification.Position.BOTTOM_START)
                .addThemeVariants(problem ? NotificationVariant.LUMO_ERROR : NotificationVariant.LUMO_SUCCESS);
    }

    @Override
    public void beforeLeave(BeforeLeaveEvent event) {
        if (!dirty) {
            return;
        }
        BeforeLeaveEvent.ContinueNavigationAction leave = event.postpone();
        ConfirmDialog confirm = new ConfirmDialog(
                getTranslation("editor.leave.title"),
                getTranslation("editor.leave.text"),
                getTranslation("editor.leave.confirm"),
                yes -> {
                    setDirty(false);
                    leave.proceed();
                });
        confirm.setId("leave-editor");
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("editor.leave.cancel"));
        confirm.setConfirmButtonTheme("error primary");
        confirm.open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("editor.page-title", title);
    }
}
