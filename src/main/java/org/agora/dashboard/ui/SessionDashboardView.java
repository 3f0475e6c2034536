package org.agora.dashboard.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinServletRequest;

import jakarta.annotation.security.RolesAllowed;

import org.agora.account.Actor;
import org.agora.account.CurrentActor;
import org.agora.base.BadInputException;
import org.agora.base.NotAllowedException;
import org.agora.base.live.LiveUpdateHub;
import org.agora.base.ui.LiveRefresh;
import org.agora.base.ui.MainLayout;
import org.agora.classroom.ClassSessionService;
import org.agora.classroom.SessionSummary;
import org.agora.dashboard.ProgressService;
import org.agora.dashboard.SessionProgress;

/**
 * The teacher's live screen of one class session: the code to show, how many have joined and
 * answered, and the progress grid, all kept current by server push.
 */
@Route(value = "teacher/sessions/:sessionId(\\d{1,18})", layout = MainLayout.class)
@PageTitle("Class session · Agora")
@RolesAllowed({"TEACHER", "ADMIN"})
public class SessionDashboardView extends VerticalLayout implements BeforeEnterObserver {

    private final ProgressService progress;
    private final ClassSessionService sessions;
    private final CurrentActor currentActor;
    private final LiveRefresh<SessionProgress> live;

    private final H2 title = new H2();
    private final Paragraph lesson = new Paragraph();
    private final Span code = new Span();
    private final Anchor joinLink = new Anchor();
    private final Span studentCount = new Span("0");
    private final Span answerCount = new Span("0");
    private final Span status = new Span();
    private final Button close = new Button("Close session");
    private final ProgressTable grid = new ProgressTable();

    private volatile Actor actor;
    private volatile long sessionId;

    public SessionDashboardView(ProgressService progress, ClassSessionService sessions, CurrentActor currentActor,
            LiveUpdateHub hub) {
        this.progress = progress;
        this.sessions = sessions;
        this.currentActor = currentActor;
        this.live = new LiveRefresh<>(this, hub, () -> progress.progress(actor, sessionId), this::show);
        addClassName("agora-dashboard");
        code.setId("session-code");
        code.addClassName("agora-code");
        joinLink.setId("join-link");
        studentCount.setId("student-count");
        answerCount.setId("answer-count");
        status.setId("session-status");
        close.setId("close-session");
        close.addThemeVariants(ButtonVariant.LUMO_ERROR);
        close.addClickListener(click -> confirmClose());
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        actor = currentActor.require();
        sessionId = event.getRouteParameters().getLong("sessionId").orElse(-1L);
        SessionProgress first;
        try {
            first = progress.progress(actor, sessionId);
        } catch (NotAllowedException refused) {
            live.stop();
            removeAll();
            Paragraph message = new Paragraph(refused.getMessage());
            message.setId("not-allowed");
            add(new H2("Not available"), message, new Anchor("teacher", "Back to my class sessions"));
            return;
        }
        layout(first.session());
        show(first);
        live.follow(event.getUI(), sessionId);
    }

    private void layout(SessionSummary session) {
        removeAll();
        lesson.setText("Lesson: " + session.lessonTitle());
        String url = baseUrl() + "join/" + session.joinCode();
        joinLink.setHref(url);
        joinLink.setText(url);

        Div codeBox = new Div(new Span("Join code"), code, new Span("or open"), joinLink);
        codeBox.addClassName("agora-code-box");

        Div counters = new Div(counter(studentCount, "students joined"), counter(answerCount, "answers stored"),
                counter(status, "status"));
        counters.addClassName("agora-counters");

        Div legend = new Div(new Span("✓ right"), new Span("✗ wrong"), new Span("● open answer"),
                new Span("· not answered"));
        legend.addClassName("agora-legend");

        add(title, lesson, codeBox, counters, new H3("Progress"), legend, grid, close);
    }

    private static Div counter(Span value, String label) {
        value.addClassName("agora-counter-value");
        Span caption = new Span(label);
        caption.addClassName("agora-counter-label");
        Div box = new Div(value, caption);
        box.addClassName("agora-counter");
        return box;
    }

    private void refresh() {
        show(progress.progress(actor, sessionId));
    }

    private void show(SessionProgress current) {
        SessionSummary session = current.session();
        title.setText(session.title());
        code.setText(session.joinCode());
        studentCount.setText(String.valueOf(session.studentCount()));
        answerCount.setText(String.valueOf(session.answerCount()));
        status.setText(session.isOpen() ? "open" : "closed");
        close.setEnabled(session.isOpen());
        grid.show(current);
    }

    private void confirmClose() {
        ConfirmDialog dialog = new ConfirmDialog("Close this session?",
                "Students can no longer join or answer. Their answers are kept.", "Close session", confirm -> {
                    try {
                        sessions.close(actor, sessionId);
                    } catch (BadInputException alreadyClosed) {
                        // Closed in another tab meanwhile; the refresh shows it.
                    }
                    refresh();
                });
        dialog.setCancelable(true);
        dialog.setConfirmButtonTheme("error primary");
        dialog.open();
    }

    private static String baseUrl() {
        VaadinServletRequest request = VaadinServletRequest.getCurrent();
        if (request == null) {
            return "/";
        }
        var http = request.getHttpServletRequest();
        String port = (http.getScheme().equals("http") && http.getServerPort() == 80)
                || (http.getScheme().equals("https") && http.getServerPort() == 443) ? "" : ":" + http.getServerPort();
        return http.getScheme() + "://" + http.getServerName() + port + http.getContextPath() + "/";
    }
}
