package org.agora.dashboard.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.agora.account.Actor;
import org.agora.account.CurrentActor;
import org.agora.base.NotAllowedException;
import org.agora.base.live.LiveUpdateHub;
import org.agora.base.live.SessionChanged;
import org.agora.base.ui.LiveRefresh;
import org.agora.base.ui.OwnText;
import org.agora.base.ui.PublicUrl;
import org.agora.base.ui.QrCode;
import org.agora.base.ui.RefusalNotice;
import org.agora.classroom.ClassSessionService;
import org.agora.classroom.ProjectorChoice;
import org.agora.classroom.ReviewService;
import org.agora.classroom.ReviewService.Spotlight;
import org.agora.classroom.SessionSummary;
import org.agora.classroom.Wall;
import org.agora.classroom.WallService;
import org.agora.dashboard.BoardService;
import org.agora.dashboard.OpinionShift;
import org.agora.dashboard.QuestionResult;
import org.agora.lesson.LessonCatalog;
import org.agora.lesson.LessonContent;

/**
 * The screen for the classroom projector: only what the teacher chose on the dashboard (the
 * join code in very large type with the link and a QR code, a question's results, the opinion
 * shift, the wall or the spotlighted argument), with no controls of its own. It follows the
 * teacher's choice by server push and never shows a student's name.
 */
@Route("teacher/sessions/:sessionId(\\d{1,18})/projector")
@RolesAllowed({"TEACHER", "ADMIN"})
class ProjectorView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final ClassSessionService sessions;
    private final BoardService boards;
    private final WallService walls;
    private final ReviewService reviews;
    private final LessonCatalog lessons;
    private final CurrentActor currentActor;
    private final LiveRefresh<Snapshot> live;
    private final Div stage = new Div();

    private volatile Actor actor;
    private volatile long sessionId;
    private LessonContent content;
    private Snapshot shown;

    /** What the stage draws: the choice and only the figures it needs (the others null). */
    private record Snapshot(
            ProjectorChoice choice,
            String title,
            String joinCode,
            QuestionResult result,
            OpinionShift shift,
            Wall wall,
            Optional<Spotlight> spotlight) {}

    ProjectorView(
            ClassSessionService sessions,
            BoardService boards,
            WallService walls,
            ReviewService reviews,
            LessonCatalog lessons,
            CurrentActor currentActor,
            LiveUpdateHub hub) {
        this.sessions = sessions;
        this.boards = boards;
        this.walls = walls;
        this.reviews = reviews;
        this.lessons = lessons;
        this.currentActor = currentActor;
        this.live = new LiveRefresh<>(this, hub, this::load, this::changed).onGone(this::gone);
        addClassName("agora-projector");
        stage.setId("projector-stage");
        stage.addClassName("agora-projector-stage");
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
        SessionSummary session;
        try {
            session = sessions.get(actor, sessionId);
            first = load();
        } catch (NotAllowedException refused) {
            removeAll();
            add(new RefusalNotice(refused));
            return;
        }
        content = lessons.content(session.revisionId());
        removeAll();
        add(stage);
        draw(first);
        live.follow(event.getUI(), sessionId, change -> change.kind() != SessionChanged.Kind.PRESENCE);
    }

    private Snapshot load() {
        SessionSummary s = sessions.get(actor, sessionId);
        ProjectorChoice choice = s.projector();
        return switch (choice.mode()) {
            case CODE -> new Snapshot(choice, s.title(), s.joinCode(), null, null, null, null);
            case RESULTS ->
                new Snapshot(
                        choice,
                        s.title(),
                        s.joinCode(),
                        boards.board(actor, sessionId).results().questions().stream()
                                .filter(q -> q.key().equals(choice.questionKey()))
                                .findFirst()
                                .orElse(null),
                        null,
                        null,
                        null);
            case SHIFT ->
                new Snapshot(
                        choice,
                        s.title(),
                        s.joinCode(),
                        null,
                        boards.board(actor, sessionId).results().shift(),
                        null,
                        null);
            case WALL ->
                new Snapshot(
                        choice, s.title(), s.joinCode(), null, null, walls.wallForProjector(actor, sessionId), null);
            case SPOTLIGHT ->
                new Snapshot(choice, s.title(), s.joinCode(), null, null, null, reviews.spotlight(actor, sessionId));
        };
    }

    /** A live update: the stage is drawn again only if what it shows changed. */
    private void changed(Snapshot snapshot) {
        if (!snapshot.equals(shown)) {
            draw(snapshot);
        }
    }

    private void draw(Snapshot snapshot) {
        shown = snapshot;
        stage.removeAll();
        stage.getElement()
                .setAttribute("data-show", snapshot.choice().mode().name().toLowerCase(Locale.ROOT));
        switch (snapshot.choice().mode()) {
            case CODE -> drawCode(snapshot.title(), snapshot.joinCode());
            case RESULTS -> drawResult(snapshot.result());
            case SHIFT -> drawShift(snapshot.shift());
            case WALL -> drawWall(snapshot.wall());
            case SPOTLIGHT -> drawSpotlight(snapshot.spotlight());
        }
    }

    private void drawCode(String title, String joinCode) {
        String url = PublicUrl.base() + "join/" + joinCode;
        Span code = new Span(joinCode);
        code.setId("session-code");
        code.addClassName("agora-projector-code");
        Paragraph link = new Paragraph(getTranslation("projector.join-at", url));
        link.setId("projector-link");
        Div text = new Div(OwnText.isolate(new H2(title)), link, code);
        Div box = new Div(text, QrCode.image(url, getTranslation("projector.qr", url)));
        box.addClassName("agora-projector-join");
        stage.add(box);
    }

    private void drawResult(QuestionResult result) {
        if (result == null) {
            return;
        }
        Div card = new Div();
        card.addClassNames("agora-result", "agora-projector-card");
        Charts.result(card, result, content);
        stage.add(card);
    }

    private void drawShift(OpinionShift shift) {
        Div card = new Div();
        card.addClassNames("agora-result", "agora-projector-card");
        Charts.shift(card, shift, false);
        stage.add(card);
    }

    /** The wall as the class sees it, but never with names, whatever the session allows on the students' wall. */
    private void drawWall(Wall wall) {
        stage.add(new H2(getTranslation("wall.title")));
        if (wall.questions().isEmpty()) {
            stage.add(new Paragraph(getTranslation("projector.wall.empty")));
        }
        for (Wall.Question q : wall.questions()) {
            Div block = new Div(new H3(q.prompt()));
            block.addClassName("agora-wall-question");
            if (!q.shown()) {
                block.add(new Paragraph(getTranslation("wall.too-few", Wall.MIN_ARGUMENTS, q.count())));
            } else {
                Div columns = new Div();
                columns.addClassName("agora-wall-columns");
                for (Map.Entry<Integer, List<Wall.Argument>> e : q.byStance().entrySet()) {
                    Div column = new Div(new Paragraph(getTranslation(
                            "wall.stance-count",
                            getTranslation("stance." + e.getKey()),
                            e.getValue().size())));
                    column.addClassName("agora-wall-stance");
                    e.getValue().forEach(a -> {
                        Paragraph p = new Paragraph(a.text());
                        p.addClassName("agora-wall-argument");
                        p.getElement().setAttribute("dir", "auto");
                        column.add(p);
                    });
                    columns.add(column);
                }
                block.add(columns);
            }
            stage.add(block);
        }
    }

    private void drawSpotlight(Optional<Spotlight> spotlight) {
        if (spotlight.isEmpty()) {
            stage.add(new Paragraph(getTranslation("projector.spotlight.none")));
            return;
        }
        Spotlight s = spotlight.get();
        Paragraph argument = new Paragraph(s.argument());
        argument.setId("projector-spotlight");
        argument.addClassName("agora-projector-spotlight");
        argument.getElement().setAttribute("dir", "auto");
        stage.add(new H3(s.questionPrompt()), new Paragraph(getTranslation("stance." + s.stance())), argument);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("projector.page-title");
    }
}
