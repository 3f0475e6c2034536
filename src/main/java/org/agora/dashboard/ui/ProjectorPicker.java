package org.agora.dashboard.ui;

import static com.vaadin.flow.i18n.I18NProvider.translate;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.agora.classroom.ProjectorChoice;
import org.agora.classroom.ProjectorMode;
import org.agora.classroom.ReviewService.Spotlight;
import org.agora.classroom.Wall;
import org.agora.lesson.LessonContent;

/**
 * The dashboard's hold on the classroom projector: says what is on it now, offers the join
 * code, the wall and the spotlighted argument, and makes the "Show on projector" buttons of the
 * result cards; the button of what is on the projector now says so.
 */
class ProjectorPicker extends Div {

    private final Consumer<ProjectorChoice> pick;
    private final Map<ProjectorChoice, Choice> buttons = new HashMap<>();
    private final Paragraph now = new Paragraph();
    private final Paragraph spotlight = new Paragraph();
    private final Span spotlit = new Span();
    private final Button spotlightButton;
    private ProjectorChoice current = ProjectorChoice.CODE;
    private LessonContent content;

    ProjectorPicker(Consumer<ProjectorChoice> pick) {
        this.pick = pick;
        setId("projector-picker");
        addClassName("agora-projector-picker");
        now.setId("projector-now");
        now.getElement().setAttribute("aria-live", "polite");
        spotlit.setId("projector-spotlit");
        spotlit.getElement().setAttribute("dir", "auto");
        spotlightButton = button(
                ProjectorChoice.of(ProjectorMode.SPOTLIGHT), "project-spotlight", "dashboard.projector.spotlight");
        Div actions = new Div(
                button(ProjectorChoice.CODE, "project-code", "dashboard.projector.code"),
                button(ProjectorChoice.of(ProjectorMode.WALL), "project-wall", "dashboard.projector.wall"));
        actions.addClassName("agora-actions");
        Div spotlightRow = new Div(spotlight, spotlightButton);
        spotlightRow.addClassName("agora-projector-spotlit");
        add(new H3(translate("dashboard.projector.title")), now, actions, spotlightRow);
    }

    /** One button and the label it has while what it shows is not on the projector. */
    private record Choice(Button button, String labelKey) {}

    /** A "Show on projector" button for one result card; a card drawn again gets a new one. */
    Button button(ProjectorChoice choice, String id) {
        return button(choice, id, "dashboard.projector.show");
    }

    private Button button(ProjectorChoice choice, String id, String labelKey) {
        Button button = new Button();
        button.setId(id);
        button.addThemeVariants(ButtonVariant.LUMO_SMALL);
        button.addClassName("agora-project");
        button.addClickListener(click -> pick.accept(choice));
        Choice entry = new Choice(button, labelKey);
        buttons.put(choice, entry);
        mark(choice, entry);
        return button;
    }

    /** What is on the projector now and which argument is in the spotlight (if one is shown). */
    void show(ProjectorChoice choice, Optional<Spotlight> inSpotlight, LessonContent lesson) {
        current = choice;
        content = lesson;
        buttons.forEach(this::mark);
        spotlight.removeAll();
        if (inSpotlight.isPresent()) {
            spotlit.setText(inSpotlight.get().argument());
            spotlight.add(new Span(translate("dashboard.projector.spotlit")), spotlit);
        } else {
            spotlight.setText(translate("dashboard.projector.no-spotlight"));
            spotlightButton.setEnabled(false);
        }
        String dark = choice.mode() == ProjectorMode.SPOTLIGHT && inSpotlight.isEmpty()
                ? translate("dashboard.projector.dark", Wall.MIN_ARGUMENTS)
                : "";
        now.setText(translate("dashboard.projector.now", describe(choice)) + dark);
    }

    private String describe(ProjectorChoice choice) {
        if (choice.mode() == ProjectorMode.RESULTS) {
            String prompt = content == null
                    ? ""
                    : content.question(choice.questionKey())
                            .map(q -> q.prompt())
                            .orElse("");
            return translate("dashboard.projector.now.results", choice.questionKey(), prompt);
        }
        return translate("dashboard.projector.now." + choice.mode().name().toLowerCase(Locale.ROOT));
    }

    private void mark(ProjectorChoice choice, Choice entry) {
        boolean on = choice.equals(current);
        Button button = entry.button();
        button.setText(translate(on ? "dashboard.projector.on" : entry.labelKey()));
        button.setEnabled(!on);
        if (on) {
            button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        } else {
            button.removeThemeVariants(ButtonVariant.LUMO_PRIMARY);
        }
    }
}
