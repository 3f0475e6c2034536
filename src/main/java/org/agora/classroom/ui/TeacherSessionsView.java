package org.agora.classroom.ui;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

import org.agora.account.Actor;
import org.agora.account.CurrentActor;
import org.agora.base.ui.MainLayout;
import org.agora.classroom.ClassSessionService;
import org.agora.classroom.SessionSummary;
import org.agora.lesson.LessonCatalog;

/** The teacher's class sessions, newest first, and the button that starts a new one. */
@Route(value = "teacher", layout = MainLayout.class)
@PageTitle("My class sessions · Agora")
@RolesAllowed({"TEACHER", "ADMIN"})
public class TeacherSessionsView extends VerticalLayout {

    /** The dashboard lives in a feature to the right of this one, so it is named by its path. */
    static final String DASHBOARD_ROUTE = "teacher/sessions/";

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(ZoneId.systemDefault());

    private final ClassSessionService sessions;
    private final LessonCatalog lessons;
    private final CurrentActor currentActor;
    private final Grid<SessionSummary> grid = new Grid<>();

    public TeacherSessionsView(ClassSessionService sessions, LessonCatalog lessons, CurrentActor currentActor) {
        this.sessions = sessions;
        this.lessons = lessons;
        this.currentActor = currentActor;
        Button create = new Button("New class session", VaadinIcon.PLUS.create(), click -> openDialog());
        create.setId("new-session");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new H2("My class sessions"), create, createGrid());
    }

    private Grid<SessionSummary> createGrid() {
        grid.setId("session-list");
        grid.addColumn(SessionSummary::title).setHeader("Title").setFlexGrow(2);
        grid.addColumn(SessionSummary::lessonTitle).setHeader("Lesson").setFlexGrow(2);
        grid.addColumn(SessionSummary::joinCode).setHeader("Code");
        grid.addColumn(s -> WHEN.format(s.createdAt())).setHeader("Created");
        grid.addColumn(SessionSummary::studentCount).setHeader("Students");
        grid.addColumn(SessionSummary::answerCount).setHeader("Answers");
        grid.addColumn(s -> s.isOpen() ? "open" : "closed").setHeader("Status");
        grid.addItemClickListener(click -> open(click.getItem()));
        Actor actor = currentActor.require();
        grid.setItems(query -> sessions.list(actor, query.getPage(), query.getPageSize()).stream());
        grid.setEmptyStateText("No class sessions yet. Start one with \"New class session\".");
        return grid;
    }

    private void openDialog() {
        var published = lessons.publishedLessons();
        if (published.isEmpty()) {
            add(new Paragraph("There is no published lesson yet; an admin must publish one first."));
            return;
        }
        NewSessionDialog dialog = new NewSessionDialog(published,
                request -> sessions.create(currentActor.require(), request.lesson() == null ? -1
                        : request.lesson().revisionId(), request.settings()),
                this::open);
        dialog.open();
    }

    private void open(SessionSummary session) {
        getUI().ifPresent(ui -> ui.navigate(DASHBOARD_ROUTE + session.id()));
    }
}
