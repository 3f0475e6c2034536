package org.agora.classroom.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;

/**
 * What a student's open screen shows once their teacher has deleted the class session or
 * removed the student: which of the two happened, and the way to the start page.
 */
class ClassGone extends Div {

    ClassGone(boolean sessionDeleted) {
        String kind = sessionDeleted ? "ended" : "removed";
        H2 title = new H2(getTranslation("lesson.gone." + kind + ".title"));
        title.setId("gone-title");
        Paragraph text = new Paragraph(getTranslation("lesson.gone." + kind + ".text"));
        text.setId("gone-text");
        text.getElement().setAttribute("role", "alert");
        Button start = new Button(getTranslation("lesson.gone.start"), click -> {
            // The token in the browser no longer opens anything.
            ResumeCookie.forget();
            UI.getCurrent().navigate(StartView.class);
        });
        start.setId("go-to-start");
        start.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        addClassName("agora-gone");
        add(title, text, start);
    }
}
