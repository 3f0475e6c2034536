package org.agora.classroom.ui;

import static com.vaadin.flow.i18n.I18NProvider.translate;

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
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.Function;
import org.agora.base.BadInputException;
import org.agora.base.ui.BrowserZone;
import org.agora.classroom.ClassSession;
import org.agora.classroom.Feedback;
import org.agora.classroom.Gate;
import org.agora.classroom.Pacing;
import org.agora.classroom.SessionSettings;
import org.agora.classroom.SessionSummary;
import org.agora.lesson.LessonSummary;

/** The form of a new class session. It hands the request to its caller and shows refusals on the field. */
class NewSessionDialog extends Dialog {

    record Request(LessonSummary lesson, SessionSettings settings) {}

    private final Select<LessonSummary> lesson = new Select<>();
    private final TextField title = new TextField(translate("session.field.title"));
    private final RadioButtonGroup<Feedback> feedback = new RadioButtonGroup<>(translate("session.field.feedback"));
    private final IntegerField attempts = new IntegerField(translate("session.field.attempts"));
    private final RadioButtonGroup<Pacing> pacing = new RadioButtonGroup<>(translate("session.field.pacing"));
    private final DateTimePicker closesAt = new DateTimePicker(translate("session.field.closes-at"));
    private final Select<Gate> gate = new Select<>();
    private final Checkbox showAnswer = new Checkbox(translate("session.field.show-answer"), true);
    private final Checkbox premoderate = new Checkbox(translate("session.field.premoderate"), false);
    private final Checkbox wallNames = new Checkbox(translate("session.field.wall-names"), false);
    private final Button create = new Button(translate("session.create"));
    private ZoneId zone = ZoneId.systemDefault();

    NewSessionDialog(
            List<LessonSummary> lessons,
            Function<Request, SessionSummary> creator,
            Consumer<SessionSummary> onCreated) {
        setHeaderTitle(getTranslation("session.dialog.title"));
        BrowserZone.ask(com.vaadin.flow.component.UI.getCurrent(), z -> {
            zone = z;
            closesAt.setHelperText(getTranslation("session.field.closes-at.zone", z.getId()));
        });
        setWidth("min(38rem, 100%)");
        lesson.setId("session-lesson");
        lesson.setLabel(getTranslation("session.field.lesson"));
        lesson.setItems(lessons);
        // Lessons with the same title (a copy, a reimported file) are told apart by address and revision.
        java.util.Set<String> sharedTitles = lessons.stream()
                .collect(java.util.stream.Collectors.groupingBy(
                        LessonSummary::title, java.util.stream.Collectors.counting()))
                .entrySet()
                .stream()
                .filter(e -> e.getValue() > 1)
                .map(java.util.Map.Entry::getKey)
                .collect(java.util.stream.Collectors.toSet());
        lesson.setItemLabelGenerator(l -> sharedTitles.contains(l.title())
                ? getTranslation("session.field.lesson.same-title", l.title(), l.slug(), l.revisionNumber())
                : l.title());
        lessons.stream().findFirst().ifPresent(lesson::setValue);
        lesson.setWidthFull();

        title.setId("session-title");
        title.setMaxLength(ClassSession.TITLE_MAX);
        title.setPlaceholder(getTranslation("session.field.title.placeholder"));
        title.setWidthFull();

        feedback.setId("session-feedback");
        feedback.setItems(Feedback.IMMEDIATE, Feedback.DEFERRED);
        feedback.setItemLabelGenerator(
                f -> getTranslation("session.feedback." + f.name().toLowerCase(Locale.ROOT)));
        feedback.setValue(Feedback.IMMEDIATE);

        attempts.setId("session-attempts");
        attempts.setMin(ClassSession.ATTEMPTS_MIN);
        attempts.setMax(ClassSession.ATTEMPTS_MAX);
        attempts.setStepButtonsVisible(true);
        attempts.setValue(1);

        pacing.setId("session-pacing");
        pacing.setItems(Pacing.LIVE, Pacing.SELF_PACED);
        pacing.setItemLabelGenerator(
                p -> getTranslation("session.pacing." + p.name().toLowerCase(Locale.ROOT)));
        pacing.setValue(Pacing.LIVE);
        closesAt.setId("session-closes-at");
        closesAt.setVisible(false);
        closesAt.setStep(Duration.ofMinutes(15));
        pacing.addValueChangeListener(e -> closesAt.setVisible(e.getValue() == Pacing.SELF_PACED));

        gate.setId("session-gate");
        gate.setLabel(getTranslation("session.field.gate"));
        gate.setItems(Gate.OFF, Gate.ANSWERED, Gate.CORRECT);
        gate.setItemLabelGenerator(
                g -> getTranslation("session.gate." + g.name().toLowerCase(Locale.ROOT)));
        gate.setValue(Gate.OFF);

        showAnswer.setId("session-show-answer");
        premoderate.setId("session-premoderate");
        wallNames.setId("session-wall-names");
        FormLayout form = new FormLayout(
                lesson, title, pacing, closesAt, feedback, attempts, showAnswer, gate, premoderate, wallNames);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        add(form);

        create.setId("create-session");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.setDisableOnClick(true);
        create.addClickListener(click -> submit(creator, onCreated));
        Button cancel = new Button(getTranslation("session.cancel"), click -> close());
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
                throw new BadInputException(
                        "attempts", "session.attempts.missing", ClassSession.ATTEMPTS_MIN, ClassSession.ATTEMPTS_MAX);
            }
            Instant closing = closesAt.isVisible() && closesAt.getValue() != null
                    ? closesAt.getValue().atZone(zone).toInstant()
                    : null;
            SessionSummary created = creator.apply(new Request(
                    lesson.getValue(),
                    new SessionSettings(
                            title.getValue(),
                            feedback.getValue(),
                            attempts.getValue(),
                            pacing.getValue(),
                            closing,
                            gate.getValue(),
                            showAnswer.getValue(),
                            premoderate.getValue(),
                            wallNames.getValue())));
            close();
            onCreated.accept(created);
        } catch (BadInputException e) {
            switch (e.field()) {
                case "attempts" -> {
                    attempts.setErrorMessage(getTranslation(e.key(), e.args()));
                    attempts.setInvalid(true);
                }
                case "lesson" -> {
                    lesson.setErrorMessage(getTranslation(e.key(), e.args()));
                    lesson.setInvalid(true);
                }
                case "closesAt" -> {
                    closesAt.setErrorMessage(getTranslation(e.key(), e.args()));
                    closesAt.setInvalid(true);
                }
                case "gate", "pacing", "feedback" -> {
                    gate.setErrorMessage(getTranslation(e.key(), e.args()));
                    gate.setInvalid(true);
                }
                default -> {
                    title.setErrorMessage(getTranslation(e.key(), e.args()));
                    title.setInvalid(true);
                }
            }
        } finally {
            create.setEnabled(true);
        }
    }
}
