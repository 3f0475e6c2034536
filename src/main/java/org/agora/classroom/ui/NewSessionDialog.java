package org.agora.classroom.ui;

import java.util.List;
import java.util.function.Function;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;

import org.agora.base.BadInputException;
import org.agora.classroom.ClassSession;
import org.agora.classroom.Feedback;
import org.agora.classroom.SessionSummary;
import org.agora.lesson.LessonSummary;

/** The form of a new class session. It hands the request to its caller and shows refusals on the field. */
class NewSessionDialog extends Dialog {

    record Request(LessonSummary lesson, String title, Feedback feedback, int maxAttempts) {
    }

    private final Select<LessonSummary> lesson = new Select<>();
    private final TextField title = new TextField("Title");
    private final RadioButtonGroup<Feedback> feedback = new RadioButtonGroup<>("Students see right or wrong");
    private final IntegerField attempts = new IntegerField("Tries per question");
    private final Button create = new Button("Create session");

    NewSessionDialog(List<LessonSummary> lessons, Function<Request, SessionSummary> creator,
            java.util.function.Consumer<SessionSummary> onCreated) {
        setHeaderTitle("New class session");
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

        FormLayout form = new FormLayout(lesson, title, feedback, attempts);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        add(form);

        create.setId("create-session");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.setDisableOnClick(true);
        create.addClickListener(click -> submit(creator, onCreated));
        Button cancel = new Button("Cancel", click -> close());
        getFooter().add(cancel, create);
    }

    private void submit(Function<Request, SessionSummary> creator, java.util.function.Consumer<SessionSummary> onCreated) {
        title.setInvalid(false);
        attempts.setInvalid(false);
        lesson.setInvalid(false);
        try {
            if (attempts.getValue() == null) {
                throw new BadInputException("attempts", "Type how many tries a student gets (1 to "
                        + ClassSession.ATTEMPTS_MAX + ").");
            }
            SessionSummary created = creator.apply(new Request(lesson.getValue(), title.getValue(),
                    feedback.getValue(), attempts.getValue()));
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
