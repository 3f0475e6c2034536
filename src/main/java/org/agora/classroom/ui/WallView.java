package org.agora.classroom.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.List;
import org.agora.base.live.LiveUpdateHub;
import org.agora.base.live.SessionChanged;
import org.agora.base.ui.LiveRefresh;
import org.agora.base.ui.OwnText;
import org.agora.classroom.StudentPlace;
import org.agora.classroom.StudentService;
import org.agora.classroom.Wall;
import org.agora.classroom.WallService;

/**
 * The argument wall: the class's arguments on each debate question, grouped by stance and
 * never with a name. It follows the session live, and closes when the teacher closes it.
 */
@Route("wall")
@AnonymousAllowed
class WallView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final StudentService students;
    private final WallService walls;
    private final LiveRefresh<Wall> live;
    private final Div board = new Div();
    private final Paragraph lead = new Paragraph();
    private volatile String token;
    private long sessionId;

    WallView(StudentService students, WallService walls, LiveUpdateHub hub) {
        this.students = students;
        this.walls = walls;
        this.live = new LiveRefresh<>(this, hub, () -> walls.wallFor(token), this::show).onGone(refused -> gone());
        addClassNames("agora-lesson", "agora-wall");
        Button back = new Button(
                getTranslation("wall.back"),
                VaadinIcon.ARROW_LEFT.create(),
                click -> getUI().ifPresent(ui -> ui.navigate(ReadingView.class)));
        back.setId("back-to-lesson");
        back.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        H1 title = new H1(getTranslation("wall.title"));
        board.setId("wall");
        lead.setText(getTranslation("wall.lead"));
        add(back, title, lead, board);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        token = ResumeCookie.read().orElse(null);
        StudentPlace place = token == null ? null : students.resume(token).orElse(null);
        if (place == null) {
            event.forwardTo(StartView.class);
            return;
        }
        sessionId = place.sessionId();
        show(walls.wallFor(token));
        live.follow(event.getUI(), place.sessionId(), change -> change.kind() != SessionChanged.Kind.JOINED);
    }

    private void show(Wall wall) {
        lead.setText(getTranslation(wall.names() ? "wall.lead.named" : "wall.lead"));
        board.removeAll();
        if (!wall.open()) {
            Paragraph closed = new Paragraph(getTranslation("wall.closed"));
            closed.setId("wall-closed");
            board.add(closed);
            return;
        }
        if (wall.questions().isEmpty()) {
            board.add(new Paragraph(getTranslation("wall.no-question")));
        }
        for (Wall.Question question : wall.questions()) {
            Section block = new Section();
            block.setId("wall-" + question.key());
            block.addClassName("agora-wall-question");
            block.add(new H3(question.prompt()));
            if (!question.shown()) {
                block.add(new Paragraph(getTranslation("wall.too-few", Wall.MIN_ARGUMENTS, question.count())));
            } else {
                Div columns = new Div();
                columns.addClassName("agora-wall-columns");
                for (int stance = 1; stance <= 5; stance++) {
                    List<Wall.Argument> arguments = question.byStance().getOrDefault(stance, List.of());
                    Div column = new Div(
                            new H4(getTranslation("wall.stance-count", StanceField.label(stance), arguments.size())));
                    column.addClassName("agora-wall-stance");
                    UnorderedList list = new UnorderedList();
                    arguments.forEach(a -> list.add(new ListItem(
                            a.author() == null
                                    ? OwnText.span(a.text())
                                    : OwnText.sentence(
                                            "wall.by", OwnText.typed(a.text()), OwnText.typed(a.author())))));
                    column.add(list);
                    columns.add(column);
                }
                block.add(columns);
            }
            board.add(block);
        }
    }

    /** The teacher deleted the session or this student while the wall was open. */
    private void gone() {
        removeAll();
        add(new ClassGone(!students.sessionExists(sessionId)));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("wall.page-title");
    }
}
