package org.agora.classroom.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

import org.agora.classroom.StudentService;

/**
 * A student's private resume link: opened on another device (or after clearing cookies) it
 * brings the student back to their place with every answer.
 */
@Route("resume/:token")
@PageTitle("Continue · Agora")
@AnonymousAllowed
public class ResumeView extends Main implements BeforeEnterObserver {

    private final StudentService students;

    public ResumeView(StudentService students) {
        this.students = students;
        addClassName("agora-start");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String token = event.getRouteParameters().get("token").orElse("");
        if (students.resume(token).isPresent()) {
            ResumeCookie.write(token);
            event.forwardTo(LessonView.class);
            return;
        }
        Paragraph unknown = new Paragraph("This link does not lead to a place in a class (any more). "
                + "Join with the code your teacher shows.");
        unknown.setId("resume-unknown");
        add(new H1("Link not valid"), unknown, new Anchor("", "Go to the start page"));
    }
}
