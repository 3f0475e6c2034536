package org.agora.classroom.ui;

import java.util.List;
import java.util.function.Function;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;

import org.agora.base.BadInputException;
import org.agora.classroom.ClassSession;
import org.agora.classroom.Feedback;
import org.agora.classroom.Gate;
import org.agora.classroom.Pacing;
import org.agora.classroom.SessionSettings;
import org.agora.classroom.SessionSummary;
import org.agora.lesson.LessonSummary;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.function.Consumer;
import org.agora.base.ui.BrowserZone;

/** The form of a new class session. It hands the request to its caller and shows refusals on the field. */
class NewSessionDialog extends Dialog {

    record Request(LessonSummary lesson, SessionSettings settings) {
    }

    private final Select<LessonSummary> lesson = new Select<>();
    private final TextField title = new TextField("Title");
    private final RadioButtonGroup<Feedback> feedback = new RadioButtonGroup<>("Students see right or wrong");
    private final IntegerField attempts = new IntegerField("Tries per question");
    private final RadioButtonGroup<Pacing> pacing = new RadioButtonGroup<>("Pace");
    private final DateTimePicker closesAt = new DateTimePicker("Answers close at (optional)");
    private final Select<Gate> gate = new Select<>();
    private final Checkbox showAnswer = new Checkbox("Show the right answer when a student's tries run out", true);
    private final Button create = new Button("Create session");
    private ZoneId zone = ZoneId.systemDefault();

    NewSessionDialog(List<LessonSummary> lessons, Function<Request, SessionSummary> creator,
            Consumer<SessionSummary> onCreated) {
        setHeaderTitle("New class session");
        BrowserZone.ask(com.vaadin.flow.component.UI.getCurrent(), z -> {
            zone = z;
            closesAt.setHelperText("Your time zone: " + z.getId());
        });
        setWidth("min(38rem, 100%)");
        lesson.setId("session-lesson");
        lesson.setLabel("Lesson");
        lesson.setItems(lessons);
        lesson.setItemLabelGenerator(LessonSummary::title);
        lessons.stream().findFirst().ifPresent(lesson::setValue);
        lesson.setWidthFull();

        title.setId("session-title");
        title.setMaxLength(ClassSession.TITLE_MAX);
        title.setPlaceholder("e.g. 10B, Tuesday");
        title.setWidthFull();

        feedback.setId("session-feedback");
        feedback.setItems(Feedback.IMMEDIATE, Feedback.DEFERRED);
        feedback.setItemLabelGenerator(f -> f == Feedback.IMMEDIATE ? "Right after answering"
                : "When I reveal the answers");
        feedback.setValue(Feedback.IMMEDIATE);

        attempts.setId("session-attempts");
        attempts.setMin(ClassSession.ATTEMPTS_MIN);
        attempts.setMax(ClassSession.ATTEMPTS_MAX);
        attempts.setStepButtonsVisible(true);
        attempts.setValue(1);

        pacing.setId("session-pacing");
        pacing.setItems(Pacing.LIVE, Pacing.SELF_PACED);
        pacing.setItemLabelGenerator(p -> p == Pacing.LIVE ? "Live: I open each section for the class"
                : "Self-paced: every section open, for homework");
        pacing.setValue(Pacing.LIVE);
        closesAt.setId("session-closes-at");
        closesAt.setVisible(false);
        closesAt.setStep(Duration.ofMinutes(15));
        pacing.addValueChangeListener(e -> closesAt.setVisible(e.getValue() == Pacing.SELF_PACED));

        gate.setId("session-gate");
        gate.setLabel("Debate questions open");
        gate.setItems(Gate.OFF, Gate.ANSWERED, Gate.CORRECT);
        gate.setItemLabelGenerator(g -> switch (g) {
            case OFF -> "Right away";
            case ANSWERED -> "After the section's questions are answered";
            case CORRECT -> "After the section's questions are answered correctly";
        });
        gate.setValue(Gate.OFF);

        showAnswer.setId("session-show-answer");
        FormLayout form = new FormLayout(lesson, title, pacing, closesAt, feedback, attempts, showAnswer, gate);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        add(form);

        create.setId("create-session");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.setDisableOnClick(true);
        create.addClickListener(click -> submit(creator, onCreated));
        Button cancel = new Button("Cancel", click -> close());
        getFooter().add(cancel, create);
    }

    private void submit(Function<Request, SessionSummary> creator, Consumer<SessionSummary> onCreated) {
        title.setInvalid(false);
        attempts.setInvalid(false);
        lesson.setInvalid(false);
        closesAt.setInvalid(false);
        gate.setInvalid(false);
        try {
            if (attempts.getValue() == null) {
                throw new BadInputException("attempts", "Type how many tries a student gets (1 to "
                        + ClassSession.ATTEMPTS_MAX + ").");
            }
            Instant closing = closesAt.isVisible() && closesAt.getValue() != null
                    ? closesAt.getValue().atZone(zone).toInstant() : null;
            SessionSummary created = creator.apply(new Request(lesson.getValue(), new SessionSettings(
                    title.getValue(), feedback.getValue(), attempts.getValue(), pacing.getValue(), closing,
                    gate.getValue(), showAnswer.getValue())));
            close();
            onCreated.accept(created);
        } catch (BadInputException e) {
            switch (e.field()) {
                case "attempts" -> {
                    attempts.setErrorMessage(e.getMessage());
                    attempts.setInvalid(true);
                }
                case "lesson" -> {
                    lesson.setErrorMessage(e.getMessage());
                    lesson.setInvalid(true);
                }
                case "closesAt" -> {
                    closesAt.setErrorMessage(e.getMessage());
                    closesAt.setInvalid(true);
                }
                case "gate", "pacing", "feedback" -> {
                    gate.setErrorMessage(e.getMessage());
                    gate.setInvalid(true);
                }
                default -> {
                    title.setErrorMessage(e.getMessage());
                    title.setInvalid(true);
                }
            }
        } finally {
            create.setEnabled(true);
        }
    }
}
