package org.agora.dashboard.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
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
import org.agora.base.ui.PublicUrl;
import org.agora.base.ui.QrCode;
import org.agora.base.ui.RefusalNotice;
import org.agora.classroom.ReviewService;
import org.agora.classroom.ReviewService.Spotlight;
import org.agora.classroom.SessionSummary;
import org.agora.classroom.Wall;
import org.agora.classroom.WallService;
import org.agora.dashboard.ResultsService;
import org.agora.dashboard.ResultsService.SessionResults;
import org.agora.lesson.LessonCatalog;
import org.agora.lesson.LessonContent;
import org.agora.lesson.LessonContent.QuestionContent;
import org.agora.lesson.QuestionType;

/**
 * The screen for the classroom projector: the join code in very large type with the link and a
 * QR code, then what the teacher picks: a question's results, the wall, or the spotlighted
 * argument. It never shows a student's name. Kept current by server push.
 */
@Route("teacher/sessions/:sessionId(\\d{1,18})/projector")
@RolesAllowed({"TEACHER", "ADMIN"})
class ProjectorView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    /** What the projector shows. */
    enum Show {
        CODE,
        RESULTS,
        WALL,
        SPOTLIGHT
    }

    private final ResultsService results;
    private final WallService walls;
    private final ReviewService reviews;
    private final LessonCatalog lessons;
    private final CurrentActor currentActor;
    private final LiveRefresh<Snapshot> live;
    private final RadioButtonGroup<Show> show = new RadioButtonGroup<>();
    private final Select<QuestionContent> question = new Select<>();
    private final Div stage = new Div();

    private volatile Actor actor;
    private volatile long sessionId;
    private LessonContent content;
    private Snapshot shown;

    private record Snapshot(SessionResults results, Wall wall, Optional<Spotlight> spotlight) {}

    ProjectorView(
            ResultsService results,
            WallService walls,
            ReviewService reviews,
            LessonCatalog lessons,
            CurrentActor currentActor,
            LiveUpdateHub hub) {
        this.results = results;
        this.walls = walls;
        this.reviews = reviews;
        this.lessons = lessons;
        this.currentActor = currentActor;
        this.live = new LiveRefresh<>(this, hub, this::load, this::changed);
        addClassName("agora-projector");
        show.setId("projector-show");
        show.setAriaLabel(getTranslation("projector.show"));
        show.setItems(Show.values());
        show.setItemLabelGenerator(
                s -> getTranslation("projector.show." + s.name().toLowerCase(Locale.ROOT)));
        show.setValue(Show.CODE);
        show.addValueChangeListener(e -> redraw());
        question.setId("projector-question");
        question.setAriaLabel(getTranslation("projector.question"));
        question.addValueChangeListener(e -> redraw());
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        actor = currentActor.require();
        sessionId = event.getRouteParameters().getLong("sessionId").orElse(-1L);
        Snapshot first;
        try {
            first = load();
        } catch (NotAllowedException refused) {
            removeAll();
            add(new RefusalNotice(refused));
            return;
        }
        content = lessons.content(first.results().session().revisionId());
        layout();
        draw(first);
        live.follow(event.getUI(), sessionId, change -> change.kind() != SessionChanged.Kind.PRESENCE);
    }

    private Snapshot load() {
        return new Snapshot(
                results.results(actor, sessionId),
                walls.wallForProjector(actor, sessionId),
                reviews.spotlight(actor, sessionId));
    }

    private void layout() {
        removeAll();
        question.setItems(content.allQuestions().stream()
                .filter(q -> q.type() != QuestionType.POLL_AFTER)
                .toList());
        question.setItemLabelGenerator(
                q -> q.type().isPoll() ? getTranslation("projector.poll") : q.key() + " · " + q.prompt());
        question.setValue(content.allQuestions().get(0));
        Div controls = new Div(show, question);
        controls.addClassName("agora-projector-controls");
        stage.setId("projector-stage");
        stage.addClassName("agora-projector-stage");
        add(controls, stage);
    }

    /** A live update: the stage is drawn again only if what it shows changed. */
    private void changed(Snapshot snapshot) {
        if (!snapshot.equals(shown)) {
            draw(snapshot);
        }
    }

    private void redraw() {
        if (shown != null) {
            draw(shown);
        }
    }

    private void draw(Snapshot snapshot) {
        shown = snapshot;
        Show mode = show.getValue() == null ? Show.CODE : show.getValue();
        question.setVisible(mode == Show.RESULTS);
        stage.removeAll();
        switch (mode) {
            case CODE -> drawCode(snapshot.results().session());
            case RESULTS -> drawResults(snapshot.results());
            case WALL -> drawWall(snapshot.wall());
            case SPOTLIGHT -> drawSpotlight(snapshot.spotlight());
        }
    }

    private void drawCode(SessionSummary session) {
        String url = PublicUrl.base() + "join/" + session.joinCode();
        Span code = new Span(session.joinCode());
        code.setId("session-code");
        code.addClassName("agora-projector-code");
        Paragraph link = new Paragraph(getTranslation("projector.join-at", url));
        link.setId("projector-link");
        Div text = new Div(new H2(session.title()), link, code);
        Div box = new Div(text, QrCode.image(url, getTranslation("projector.qr", url)));
        box.addClassName("agora-projector-join");
        stage.add(box);
    }

    private void drawResults(SessionResults r) {
        QuestionContent q = question.getValue();
        Div card = new Div();
        card.addClassNames("agora-result", "agora-projector-card");
        if (q.type().isPoll()) {
            Charts.shift(card, r.shift(), false);
        } else {
            Charts.result(card, r.question(q.key()), content);
        }
        stage.add(card);
    }

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
                        Paragraph p = new Paragraph(
                                a.author() == null ? a.text() : getTranslation("wall.by", a.text(), a.author()));
                        p.addClassName("agora-wall-argument");
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
        stage.add(new H3(s.questionPrompt()), new Paragraph(getTranslation("stance." + s.stance())), argument);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("projector.page-title");
    }
}
