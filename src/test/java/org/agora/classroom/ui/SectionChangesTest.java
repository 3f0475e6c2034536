package org.agora.classroom.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.mvysny.fakeservlet.FakeRequest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.communication.UidlWriter;
import jakarta.servlet.http.Cookie;
import org.agora.KaribuTest;
import org.agora.account.Actor;
import org.agora.classroom.ClassBoards;
import org.agora.classroom.ClassSessionService;
import org.agora.classroom.Feedback;
import org.agora.classroom.Gate;
import org.agora.classroom.JoinService;
import org.agora.classroom.Pacing;
import org.agora.classroom.SessionSettings;
import org.agora.classroom.SessionSummary;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * What one student's screen is sent when the teacher of a live class opens a section or locks
 * it: every student screen of the class is sent as much at the same moment, and the server's work
 * grows with each change it writes (building, then writing the changes, was nearly all the CPU of
 * a teacher's action in the load harness's flight recordings).
 */
class SectionChangesTest extends KaribuTest {

    /** The bundled lesson's second section, over the first: 1,019 changes with a component per part of a card. */
    private static final int MOST_FOR_A_SECTION = 700;

    /** Locking it: 298 while the ordering question was drawn anew as components. */
    private static final int MOST_FOR_A_LOCK = 150;

    @Autowired
    JoinService joins;

    @Autowired
    ClassSessionService sessions;

    @Autowired
    ClassBoards boards;

    private Actor teacher;
    private SessionSummary session;
    private UI ui;

    @BeforeEach
    void aStudentWaits() {
        teacher = fixtures.teacher();
        session = sessions.create(
                teacher,
                fixtures.bundledRevision(),
                new SessionSettings("Live class", Feedback.IMMEDIATE, 1, Pacing.LIVE, null, Gate.OFF));
        String token = joins.join(session.joinCode(), "Fern").resumeToken();
        reopenBrowser();
        ((FakeRequest) VaadinServletRequest.getCurrent().getRequest()).addCookie(new Cookie(ResumeCookie.NAME, token));
        navigate("lesson");
        ui = UI.getCurrent();
        sent();
    }

    /** The teacher's change, as the class's shared read hands it to this screen (ClassFeed). */
    private void arrives() {
        _get(ReadingView.class).follow(boards.read(session.id()));
    }

    /** The changes of the next message to the browser; they count as sent. */
    private JsonNode sent() {
        return new UidlWriter().createUidl(ui, false, false).path("changes");
    }

    @Test
    void opening_the_next_section_and_locking_it_send_a_bounded_number_of_changes() {
        sessions.openNextSection(teacher, session.id());
        arrives();
        sent();

        sessions.openNextSection(teacher, session.id());
        arrives();
        JsonNode section = sent();
        assertThat(_get(H2.class, s -> s.withId("section-title")).getText())
                .isEqualTo(fixtures.bundledLesson().sections().get(1).title());
        assertThat(section.size()).as("changes sent for section 2").isBetween(1, MOST_FOR_A_SECTION);

        sessions.lockAnswers(teacher, session.id());
        arrives();
        JsonNode lock = sent();
        assertThat(_get(com.vaadin.flow.component.html.Paragraph.class, s -> s.withId("blocked-s2-q1"))
                        .getText())
                .contains("locked");
        assertThat(lock.size()).as("changes sent for the lock").isBetween(1, MOST_FOR_A_LOCK);
    }
}
