package org.agora.classroom.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.agora.account.Actor;
import org.agora.account.CurrentActor;
import org.agora.base.BadInputException;
import org.agora.base.ui.MainLayout;
import org.agora.base.ui.OwnText;
import org.agora.classroom.ClassSessionService;
import org.agora.classroom.SessionSummary;
import org.agora.lesson.LessonCatalog;

/** The teacher's class sessions, newest first, and the button that starts a new one. */
@Route(value = "teacher", layout = MainLayout.class)
@RolesAllowed({"TEACHER", "ADMIN"})
class TeacherSessionsView extends VerticalLayout implements HasDynamicTitle {

    /** The dashboard lives in a feature to the right of this one, so it is named by its path. */
    static final String DASHBOARD_ROUTE = "teacher/sessions/";

    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.systemDefault());

    private final ClassSessionService sessions;
    private final LessonCatalog lessons;
    private final CurrentActor currentActor;
    private final Grid<SessionSummary> grid = new Grid<>();

    TeacherSessionsView(ClassSessionService sessions, LessonCatalog lessons, CurrentActor currentActor) {
        this.sessions = sessions;
        this.lessons = lessons;
        this.currentActor = currentActor;
        Button create = new Button(getTranslation("sessions.new"), VaadinIcon.PLUS.create(), click -> openDialog());
        create.setId("new-session");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new H2(getTranslation("sessions.title")), create, createGrid());
    }

    private Grid<SessionSummary> createGrid() {
        grid.setId("session-list");
        grid.addComponentColumn(s -> OwnText.span(s.title()))
                .setKey("title")
                .setHeader(getTranslation("sessions.column.title"))
                .setFlexGrow(2);
        grid.addColumn(SessionSummary::lessonTitle)
                .setHeader(getTranslation("sessions.column.lesson"))
                .setFlexGrow(2);
        grid.addColumn(SessionSummary::joinCode).setHeader(getTranslation("sessions.column.code"));
        grid.addColumn(s -> WHEN.format(s.createdAt())).setHeader(getTranslation("sessions.column.created"));
        grid.addColumn(SessionSummary::studentCount).setHeader(getTranslation("sessions.column.students"));
        grid.addColumn(SessionSummary::answerCount).setHeader(getTranslation("sessions.column.answers"));
        grid.addColumn(s -> getTranslation(s.isOpen() ? "sessions.status.open" : "sessions.status.closed"))
                .setHeader(getTranslation("sessions.column.status"));
        grid.addComponentColumn(this::reopenButton).setKey("reopen").setAutoWidth(true);
        grid.addItemClickListener(click -> open(click.getItem()));
        Actor actor = currentActor.require();
        grid.setItems(query -> sessions.list(actor, query.getPage(), query.getPageSize()).stream());
        grid.setEmptyStateText(getTranslation("sessions.empty"));
        return grid;
    }

    /** Undoes closing, for a closed session only; the click does not also open the session's screen. */
    private Button reopenButton(SessionSummary session) {
        Button reopen = new Button(getTranslation("sessions.reopen"), click -> reopen(session));
        reopen.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        reopen.getElement().setAttribute("aria-label", getTranslation("sessions.reopen.named", session.title()));
        reopen.getElement().executeJs("this.addEventListener('click', e => e.stopPropagation())");
        reopen.setVisible(!session.isOpen());
        return reopen;
    }

    private void reopen(SessionSummary session) {
        try {
            sessions.reopen(currentActor.require(), session.id());
        } catch (BadInputException refused) {
            Notification.show(getTranslation(refused.key(), refused.args()));
        }
        grid.getDataProvider().refreshAll();
    }

    private void openDialog() {
        var published = lessons.publishedLessons();
        if (published.isEmpty()) {
            add(new Paragraph(getTranslation("sessions.no-lesson")));
            return;
        }
        NewSessionDialog dialog = new NewSessionDialog(
                published,
                request -> sessions.create(
                        currentActor.require(),
                        request.lesson() == null ? -1 : request.lesson().revisionId(),
                        request.settings()),
                this::open);
        dialog.open();
    }

    private void open(SessionSummary session) {
        getUI().ifPresent(ui -> ui.navigate(DASHBOARD_ROUTE + session.id()));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("sessions.page-title");
    }
}
