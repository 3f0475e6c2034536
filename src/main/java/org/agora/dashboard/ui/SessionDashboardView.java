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
import com.vaadin.flow.component.notification.Notification;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.function.BiFunction;
import org.agora.base.ui.BrowserZone;
import org.agora.base.ui.PublicUrl;
import org.agora.classroom.Pacing;
import org.springframework.dao.OptimisticLockingFailureException;

/**
 * The teacher's live screen of one class session: the code to show, how many have joined and
 * answered, and the progress grid, all kept current by server push.
 */
@Route(value = "teacher/sessions/:sessionId(\\d{1,18})", layout = MainLayout.class)
@PageTitle("Class session · Agora")
@RolesAllowed({"TEACHER", "ADMIN"})
public class SessionDashboardView extends VerticalLayout implements BeforeEnterObserver {

    private DateTimeFormatter when = DateTimeFormatter
            .ofPattern("EEE d MMM HH:mm").withZone(ZoneId.systemDefault());

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
    private final Button openNext = new Button("Open next section");
    private final Button lock = new Button("Lock answers");
    private final Button reveal = new Button("Reveal answers");
    private final Span pacing = new Span();
    private final Button wall = new Button("Open the argument wall");
    private final ProgressTable grid = new ProgressTable();

    private volatile Actor actor;
    private boolean wallOpen;
    /** The summary on screen now, to redraw times once the browser's zone is known. */
    private SessionSummary shown;
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
        openNext.setId("open-next-section");
        openNext.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        openNext.addClickListener(click -> pace(sessions::openNextSection));
        lock.setId("lock-answers");
        lock.addClickListener(click -> pace(sessions::lockAnswers));
        reveal.setId("reveal-answers");
        reveal.addClickListener(click -> pace(sessions::revealAnswers));
        pacing.setId("pacing-state");
        wall.setId("show-wall");
        wall.addClickListener(click -> pace((a, id) -> sessions.showWall(a, id, !wallOpen)));
        for (Button b : new Button[] {openNext, lock, reveal}) {
            b.setDisableOnClick(true);
        }
    }

    /** One pacing step; a refusal (say, locked meanwhile in another tab) is shown, then the screen re-reads. */
    private void pace(BiFunction<Actor, Long, SessionSummary> step) {
        try {
            step.apply(actor, sessionId);
        } catch (BadInputException refused) {
            Notification.show(refused.getMessage());
        } catch (OptimisticLockingFailureException raced) {
            Notification.show(
                    "The session was changed in another window at the same moment; here is the latest.");
        }
        refresh();
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
        BrowserZone.ask(event.getUI(), zone -> {
            when = when.withZone(zone);
            showPacing(shown);
        });
        live.follow(event.getUI(), sessionId);
    }

    private void layout(SessionSummary session) {
        removeAll();
        lesson.setText("Lesson: " + session.lessonTitle());
        String url = PublicUrl.base() + "join/" + session.joinCode();
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

        Div pacingBar = new Div(pacing, openNext, lock, reveal, wall);
        pacingBar.addClassName("agora-pacing");
        pacingBar.getElement().setAttribute("role", "group");
        pacingBar.getElement().setAttribute("aria-label", "Pacing");

        add(title, lesson, codeBox, counters, pacingBar, new H3("Progress"), legend, grid, close);
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
        shown = session;
        title.setText(session.title());
        code.setText(session.joinCode());
        studentCount.setText(String.valueOf(session.studentCount()));
        answerCount.setText(String.valueOf(session.answerCount()));
        status.setText(session.isOpen() ? "open" : "closed");
        close.setEnabled(session.isOpen());
        showPacing(session);
        grid.show(current);
    }

    private void showPacing(SessionSummary s) {
        boolean live = s.pacing() == Pacing.LIVE;
        StringBuilder text = new StringBuilder();
        if (live) {
            text.append(s.openSections() == 0 ? "Live: no section open yet"
                    : "Live: section " + s.openSections() + " of " + s.sections() + " open");
        } else {
            text.append("Self-paced: every section open");
            if (s.closesAt() != null) {
                text.append(", answers until ").append(when.format(s.closesAt()));
            }
        }
        if (s.lockedSections() > 0) {
            text.append(s.lockedSections() == s.openSections() ? " · answering locked"
                    : " · sections 1-" + s.lockedSections() + " locked");
        }
        if (s.revealedSections() > 0) {
            text.append(" · answers revealed for sections 1-").append(s.revealedSections());
        }
        pacing.setText(text.toString());
        wallOpen = s.wallOpen();
        wall.setText(wallOpen ? "Close the argument wall" : "Open the argument wall");
        wall.setEnabled(s.isOpen());
        openNext.setVisible(live);
        openNext.setText(s.openSections() < s.sections() ? "Open section " + (s.openSections() + 1) : "All sections open");
        openNext.setEnabled(s.isOpen() && live && s.openSections() < s.sections());
        lock.setEnabled(s.isOpen() && s.lockedSections() < s.openSections());
        reveal.setEnabled(s.isOpen() && s.revealedSections() < s.openSections());
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

}
