package org.agora.dashboard.ui;

import static com.vaadin.flow.i18n.I18NProvider.translate;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.HttpStatusCode;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import org.agora.account.Actor;
import org.agora.account.CurrentActor;
import org.agora.base.BadInputException;
import org.agora.base.NotAllowedException;
import org.agora.base.RefusedException;
import org.agora.base.live.LiveUpdateHub;
import org.agora.base.ui.BrowserZone;
import org.agora.base.ui.LiveRefresh;
import org.agora.base.ui.MainLayout;
import org.agora.base.ui.OwnText;
import org.agora.base.ui.PublicUrl;
import org.agora.base.ui.RefusalNotice;
import org.agora.classroom.AnswerAcceptance;
import org.agora.classroom.ClassSessionService;
import org.agora.classroom.DeviceLinks;
import org.agora.classroom.Pacing;
import org.agora.classroom.ProjectorChoice;
import org.agora.classroom.ReviewService;
import org.agora.classroom.ReviewService.Spotlight;
import org.agora.classroom.SessionDeletion;
import org.agora.classroom.SessionSummary;
import org.agora.dashboard.BoardService;
import org.agora.dashboard.CsvExport;
import org.agora.dashboard.ProgressCell;
import org.agora.dashboard.ResultsService.SessionResults;
import org.agora.dashboard.SessionBoard;
import org.agora.dashboard.SessionProgress;
import org.agora.lesson.LessonCatalog;
import org.springframework.dao.OptimisticLockingFailureException;

/**
 * The teacher's live screen of one class session: the code to show, how many have joined and
 * answered, and the progress grid, all kept current by server push.
 */
@Route(value = "teacher/sessions/:sessionId(\\d{1,18})", layout = MainLayout.class)
@RolesAllowed({"TEACHER", "ADMIN"})
class SessionDashboardView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private DateTimeFormatter when =
            DateTimeFormatter.ofPattern("EEE d MMM HH:mm").withZone(ZoneId.systemDefault());

    /**
     * The dashboard follows answers within a tenth of a second: one board read is a few
     * milliseconds for a class of a thousand (docs/load-history.md), and the board is shared.
     */
    private static final long REFRESH_MS = 100;

    private final BoardService boards;
    private final ClassSessionService sessions;
    private final CurrentActor currentActor;
    private final LessonCatalog lessons;
    private final LiveRefresh<Snapshot> live;
    private final Span onlineCount = new Span("0");
    private final ProjectorPicker projector = new ProjectorPicker(this::project);
    private final ResultsPanel resultsPanel = new ResultsPanel(projector, this::acceptAnswer);
    private final AnswerAcceptance acceptance;
    private final CsvExport export;
    private final SessionDeletion deletion;
    private final StudentList studentList = new StudentList(this::letBackIn, this::deleteStudent);
    private final StudentWindow window = new StudentWindow(this::showStudents);
    /** The class as last read, to redraw the window's students when the teacher pages. */
    private SessionProgress progressShown;

    private final Button delete = new Button(translate("dashboard.delete"));

    private final ReviewService reviews;
    private final DeviceLinks deviceLinks;

    /** What one refresh loads: the grid, the results and the spotlight, read together. */
    private record Snapshot(SessionProgress progress, SessionResults results, Optional<Spotlight> spotlight) {}

    private final H2 title = OwnText.isolate(new H2());
    private final Paragraph lesson = new Paragraph();
    private final Span code = new Span();
    private final Anchor joinLink = new Anchor();
    private final Span studentCount = new Span("0");
    private final Span answerCount = new Span("0");
    private final Span status = new Span();
    private final Button close = new Button(translate("dashboard.close"));
    private final Button openNext = new Button(translate("dashboard.open-next"));
    private final Button lock = new Button(translate("dashboard.lock"));
    private final Button unlock = new Button(translate("dashboard.unlock"));
    private final Button reopen = new Button(translate("dashboard.reopen"));
    private final Button reveal = new Button(translate("dashboard.reveal"));
    private final Span pacing = new Span();
    private final Button wall = new Button(translate("dashboard.wall.open"));
    private final ProgressTable grid = new ProgressTable();

    private volatile Actor actor;
    private boolean wallOpen;
    /** The summary on screen now, to redraw times once the browser's zone is known. */
    private SessionSummary shown;

    private volatile long sessionId;

    SessionDashboardView(
            BoardService boards,
            LessonCatalog lessons,
            ClassSessionService sessions,
            ReviewService reviews,
            CsvExport export,
            SessionDeletion deletion,
            AnswerAcceptance acceptance,
            CurrentActor currentActor,
            DeviceLinks deviceLinks,
            LiveUpdateHub hub) {
        this.deviceLinks = deviceLinks;
        this.boards = boards;
        this.export = export;
        this.deletion = deletion;
        this.acceptance = acceptance;
        this.lessons = lessons;
        this.sessions = sessions;
        this.reviews = reviews;
        this.currentActor = currentActor;
        this.live = new LiveRefresh<>(this, hub, this::load, this::show)
                .onGone(this::gone)
                .atMostEvery(REFRESH_MS);
        addClassName("agora-dashboard");
        code.setId("session-code");
        code.addClassName("agora-code");
        joinLink.setId("join-link");
        studentCount.setId("student-count");
        onlineCount.setId("online-count");
        answerCount.setId("answer-count");
        status.setId("session-status");
        close.setId("close-session");
        close.addThemeVariants(ButtonVariant.LUMO_ERROR);
        close.addClickListener(click -> confirmClose());
        reopen.setId("reopen-session");
        reopen.addClickListener(click -> pace(sessions::reopen));
        delete.setId("delete-session");
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        delete.addClickListener(click -> confirmDelete());
        openNext.setId("open-next-section");
        openNext.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        openNext.addClickListener(click -> pace(sessions::openNextSection));
        lock.setId("lock-answers");
        lock.addClickListener(click -> pace(sessions::lockAnswers));
        unlock.setId("unlock-answers");
        unlock.addClickListener(click -> pace(sessions::unlockAnswers));
        reveal.setId("reveal-answers");
        reveal.addClickListener(click -> pace(sessions::revealAnswers));
        pacing.setId("pacing-state");
        wall.setId("show-wall");
        wall.addClickListener(click -> pace((a, id) -> sessions.showWall(a, id, !wallOpen)));
        for (Button b : new Button[] {openNext, lock, unlock, reveal, reopen}) {
            b.setDisableOnClick(true);
        }
    }

    /** One pacing step; a refusal (say, locked meanwhile in another tab) is shown, then the screen re-reads. */
    private void pace(BiFunction<Actor, Long, SessionSummary> step) {
        try {
            step.apply(actor, sessionId);
        } catch (BadInputException refused) {
            Notification.show(getTranslation(refused.key(), refused.args()));
        } catch (OptimisticLockingFailureException raced) {
            Notification.show(getTranslation("dashboard.raced"));
        }
        refresh();
    }

    /** Puts this on the classroom projector; the projector windows follow by push. */
    private void project(ProjectorChoice choice) {
        pace((a, id) -> sessions.showOnProjector(a, id, choice));
    }

    /** The session was deleted (or taken from this teacher) while the screen was open. */
    private void gone(NotAllowedException refused) {
        removeAll();
        add(new RefusalNotice(refused));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        actor = currentActor.require();
        sessionId = event.getRouteParameters().getLong("sessionId").orElse(-1L);
        Snapshot first;
        try {
            first = load();
        } catch (NotAllowedException refused) {
            live.stop();
            removeAll();
            add(new RefusalNotice(refused));
            return;
        }
        layout(first.progress().session());
        show(first);
        BrowserZone.ask(event.getUI(), zone -> {
            when = when.withZone(zone);
            showPacing(shown);
        });
        // Its own clicks re-read at once (pace, delete, close); a second, background read of the
        // same change could land after the next click's and show the older state.
        live.follow(event.getUI(), sessionId, LiveRefresh.fromElsewhere(event.getUI()));
    }

    private void layout(SessionSummary session) {
        removeAll();
        lesson.setText(getTranslation("dashboard.lesson", session.lessonTitle()));
        String url = PublicUrl.base() + "join/" + session.joinCode();
        joinLink.setHref(url);
        joinLink.setText(url);

        Div codeBox = new Div(
                new Span(getTranslation("dashboard.join-code")),
                code,
                new Span(getTranslation("dashboard.or-open")),
                joinLink);
        codeBox.addClassName("agora-code-box");

        Div counters = new Div(
                counter(studentCount, getTranslation("dashboard.students")),
                counter(onlineCount, getTranslation("dashboard.online")),
                counter(answerCount, getTranslation("dashboard.answers")),
                counter(status, getTranslation("dashboard.status")));
        counters.addClassName("agora-counters");

        Div legend = new Div();
        for (ProgressCell cell :
                List.of(ProgressCell.RIGHT, ProgressCell.WRONG, ProgressCell.OPEN, ProgressCell.NOT_ANSWERED)) {
            legend.add(new Span(cell.symbol() + " " + getTranslation(cell.labelKey())));
        }
        legend.addClassName("agora-legend");

        Div pacingBar = new Div(pacing, openNext, lock, unlock, reveal, wall);
        pacingBar.addClassName("agora-pacing");
        pacingBar.getElement().setAttribute("role", "group");
        pacingBar.getElement().setAttribute("aria-label", getTranslation("dashboard.pacing"));

        Anchor review = new Anchor("teacher/sessions/" + session.id() + "/review", getTranslation("dashboard.review"));
        review.setId("open-review");
        Anchor openProjector =
                new Anchor("teacher/sessions/" + session.id() + "/projector", getTranslation("dashboard.projector"));
        openProjector.setId("open-projector");
        openProjector.setTarget("_blank");
        Actor owner = actor;
        long id = session.id();
        Anchor csv = new Anchor(
                DownloadHandler.fromInputStream(download -> {
                    byte[] bytes;
                    try {
                        bytes = export.csv(owner, id);
                    } catch (RefusedException refused) {
                        // A link kept from before the account was disabled or the session deleted.
                        return DownloadResponse.error(HttpStatusCode.FORBIDDEN);
                    }
                    return new DownloadResponse(
                            new ByteArrayInputStream(bytes),
                            CsvExport.fileName(session),
                            "text/csv; charset=UTF-8",
                            bytes.length);
                }),
                getTranslation("dashboard.export"));
        csv.setId("export-csv");
        Div links = new Div(openProjector, review, csv);
        links.addClassName("agora-actions");

        add(
                title,
                lesson,
                links,
                codeBox,
                counters,
                pacingBar,
                projector,
                new H3(getTranslation("dashboard.progress")),
                legend,
                window,
                grid,
                resultsPanel,
                studentList,
                new Div(close, reopen, delete));
    }

    private static Div counter(Span value, String label) {
        value.addClassName("agora-counter-value");
        Span caption = new Span(label);
        caption.addClassName("agora-counter-label");
        Div box = new Div(value, caption);
        box.addClassName("agora-counter");
        return box;
    }

    private Snapshot load() {
        SessionBoard board = boards.board(actor, sessionId);
        return new Snapshot(board.progress(), board.results(), reviews.spotlight(actor, sessionId));
    }

    private void refresh() {
        show(load());
    }

    private void show(Snapshot snapshot) {
        SessionProgress current = snapshot.progress();
        SessionSummary session = current.session();
        onlineCount.setText(String.valueOf(current.online()));
        resultsPanel.show(snapshot.results(), lessons.content(session.revisionId()));
        projector.show(session.projector(), snapshot.spotlight(), lessons.content(session.revisionId()));
        shown = session;
        title.setText(session.title());
        code.setText(session.joinCode());
        studentCount.setText(String.valueOf(session.studentCount()));
        answerCount.setText(String.valueOf(current.answers()));
        status.setText(getTranslation(session.isOpen() ? "sessions.status.open" : "sessions.status.closed"));
        close.setEnabled(session.isOpen());
        reopen.setVisible(!session.isOpen());
        reopen.setEnabled(!session.isOpen());
        showPacing(session);
        progressShown = current;
        showStudents();
    }

    /** The grid and the student list draw the window's students only. */
    private void showStudents() {
        List<SessionProgress.Row> shownRows = window.of(progressShown.rows());
        grid.show(progressShown, shownRows);
        studentList.show(shownRows);
    }

    private void showPacing(SessionSummary s) {
        boolean live = s.pacing() == Pacing.LIVE;
        StringBuilder text = new StringBuilder();
        if (live) {
            text.append(
                    s.openSections() == 0
                            ? getTranslation("dashboard.pacing.live-none")
                            : getTranslation("dashboard.pacing.live", s.openSections(), s.sections()));
        } else {
            text.append(getTranslation("dashboard.pacing.self-paced"));
            if (s.closesAt() != null) {
                text.append(getTranslation("dashboard.pacing.until", when.format(s.closesAt())));
            }
        }
        if (s.lockedSections() > 0) {
            text.append(
                    s.lockedSections() == s.openSections()
                            ? getTranslation("dashboard.pacing.all-locked")
                            : getTranslation("dashboard.pacing.locked", s.lockedSections()));
        }
        if (s.revealedSections() > 0) {
            text.append(getTranslation("dashboard.pacing.revealed", s.revealedSections()));
        }
        pacing.setText(text.toString());
        wallOpen = s.wallOpen();
        wall.setText(getTranslation(wallOpen ? "dashboard.wall.close" : "dashboard.wall.open"));
        wall.setEnabled(s.isOpen());
        openNext.setVisible(live);
        openNext.setText(
                s.openSections() < s.sections()
                        ? getTranslation("dashboard.open-section", s.openSections() + 1)
                        : getTranslation("dashboard.all-open"));
        openNext.setEnabled(s.isOpen() && live && s.openSections() < s.sections());
        lock.setEnabled(s.isOpen() && s.lockedSections() < s.openSections());
        unlock.setEnabled(s.isOpen() && s.lockedSections() > s.revealedSections());
        reveal.setEnabled(s.isOpen() && s.revealedSections() < s.openSections());
    }

    /** The teacher accepts a wrong typed answer as right too: its students are re-marked. */
    private void acceptAnswer(String questionKey, String answer) {
        try {
            int marked = acceptance.accept(actor, sessionId, questionKey, answer);
            Notification.show(getTranslation("results.accept.done", marked));
        } catch (BadInputException refused) {
            Notification.show(getTranslation(refused.key(), refused.args()));
        }
        refresh();
    }

    /** A student who lost their device: a one-time code, link and QR code for a new one. */
    private void letBackIn(SessionProgress.Row student) {
        try {
            DeviceLinks.TeacherLink link = deviceLinks.createForStudent(actor, sessionId, student.participantId());
            new NewDeviceDialog(student.displayName(), link, when.getZone()).open();
        } catch (BadInputException gone) {
            Notification.show(getTranslation(gone.key(), gone.args()));
            refresh();
        }
    }

    private void deleteStudent(long participantId) {
        try {
            deletion.deleteStudent(actor, sessionId, participantId);
        } catch (BadInputException gone) {
            Notification.show(getTranslation(gone.key(), gone.args()));
        }
        refresh();
    }

    private void confirmDelete() {
        ConfirmDialog dialog = new ConfirmDialog(
                getTranslation("dashboard.delete.title"),
                getTranslation("dashboard.delete.text"),
                getTranslation("dashboard.delete"),
                confirm -> {
                    deletion.deleteSession(actor, sessionId);
                    getUI().ifPresent(ui -> ui.navigate("teacher"));
                });
        dialog.setCancelable(true);
        dialog.setConfirmButtonTheme("error primary");
        dialog.open();
    }

    private void confirmClose() {
        ConfirmDialog dialog = new ConfirmDialog(
                getTranslation("dashboard.close.title"),
                getTranslation("dashboard.close.text"),
                getTranslation("dashboard.close"),
                confirm -> {
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

    @Override
    public String getPageTitle() {
        return getTranslation("dashboard.page-title");
    }
}
