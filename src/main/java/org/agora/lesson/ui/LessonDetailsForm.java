package org.agora.lesson.ui;

import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.textfield.TextFieldBase;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.LinkedHashMap;
import java.util.Map;
import org.agora.lesson.LessonDraft.Details;

/** The lesson's title, language, level and source, and the opinion poll's statement. */
class LessonDetailsForm extends FormLayout {

    private final Map<String, TextFieldBase<?, String>> fields = new LinkedHashMap<>();

    LessonDetailsForm(Details details, String pollPrompt, Runnable changed) {
        setId("lesson-details");
        field("title", new TextField(), details.title()).getElement().setAttribute("colspan", "2");
        field("language", new TextField(), details.language());
        field("level", new TextField(), details.level());
        field("author", new TextField(), details.author());
        field("publication", new TextField(), details.publication());
        field("date", new TextField(), details.date());
        field("url", new TextField(), details.url());
        field("note", new TextArea(), details.note()).getElement().setAttribute("colspan", "2");
        field("poll", new TextArea(), pollPrompt).getElement().setAttribute("colspan", "2");
        fields.get("language").setHelperText(getTranslation("editor.details.language-help"));
        fields.get("poll").setHelperText(getTranslation("editor.details.poll-help"));
        fields.values().forEach(f -> f.addValueChangeListener(e -> changed.run()));
        setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("40em", 2));
    }

    private TextFieldBase<?, String> field(String name, TextFieldBase<?, String> field, String value) {
        field.setId("lesson-" + name);
        field.setValue(value == null ? "" : value);
        field.setValueChangeMode(ValueChangeMode.LAZY);
        if (field instanceof TextField text) {
            text.setLabel(getTranslation("editor.details." + name));
        } else if (field instanceof TextArea area) {
            area.setLabel(getTranslation("editor.details." + name));
        }
        fields.put(name, field);
        add(field);
        return field;
    }

    /** Empty optional fields are absent (null), as they are stored. */
    Details value() {
        return new Details(
                text("title").strip(),
                text("language").strip(),
                optional("level"),
                optional("author"),
                optional("publication"),
                optional("date"),
                optional("url"),
                optional("note"));
    }

    private String optional(String name) {
        String value = text(name).strip();
        return value.isEmpty() ? null : value;
    }

    String pollPrompt() {
        return text("poll");
    }

    private String text(String name) {
        return fields.get(name).getValue();
    }

    /** True if the field is one of this form's. */
    boolean showProblem(String field, String message) {
        TextFieldBase<?, String> target = fields.get(field);
        if (target == null) {
            return false;
        }
        target.setErrorMessage(message);
        target.setInvalid(true);
        return true;
    }

    void clearProblems() {
        fields.values().forEach(f -> f.setInvalid(false));
    }
}
