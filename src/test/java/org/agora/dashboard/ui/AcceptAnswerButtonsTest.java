package org.agora.dashboard.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.BasicUtilsKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import java.util.List;
import java.util.UUID;
import org.agora.Fixtures;
import org.agora.KaribuTest;
import org.agora.account.Role;
import org.agora.classroom.AnswerInput;
import org.agora.classroom.AnswerService;
import org.agora.classroom.Feedback;
import org.agora.classroom.JoinService;
import org.agora.classroom.SessionRecords;
import org.agora.classroom.SessionSummary;
import org.agora.lesson.LessonContent.OptionContent;
import org.agora.lesson.LessonContent.QuestionContent;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class AcceptAnswerButtonsTest extends KaribuTest {

    @Autowired
    JoinService joins;

    @Autowired
    AnswerService answers;

    @Autowired
    SessionRecords records;

    private void typed(SessionSummary session, String name, String question, String text) {
        answers.submit(
                joins.join(session.joinCode(), name).resumeToken(),
                question,
                UUID.randomUUID().toString(),
                AnswerInput.text(text));
    }

    private static List<Button> acceptButtons(String questionKey) {
        return _find(_get(Div.class, s -> s.withId("results-" + questionKey)), Button.class).stream()
                .filter(b -> b.getText().equals("Accept this answer too"))
                .toList();
    }

    private static String share(String questionKey) {
        return _get(Paragraph.class, s -> s.withId("share-" + questionKey)).getText();
    }

    @Test
    void a_wrong_typed_answer_is_accepted_from_its_card_and_every_student_who_gave_it_is_right() {
        Fixtures.Account teacher = signInAs(Role.TEACHER);
        SessionSummary session = fixtures.session(teacher.actor(), Feedback.IMMEDIATE, 2);
        typed(session, "Ana", "s1-q4", "Almaty");
        typed(session, "Ben", "s1-q4", "almaty!");
        typed(session, "Cem", "s1-q4", "Astana");
        QuestionContent single = fixtures.bundledLesson().question("s1-q1").orElseThrow();
        answers.submit(
                joins.join(session.joinCode(), "Dee").resumeToken(),
                "s1-q1",
                UUID.randomUUID().toString(),
                AnswerInput.choice(List.of(single.options().stream()
                        .filter(o -> !o.correct())
                        .map(OptionContent::id)
                        .map(String::valueOf)
                        .findFirst()
                        .orElseThrow())));

        navigate("teacher/sessions/" + session.id());

        assertThat(share("s1-q4")).isEqualTo("3 answered · 33% right");
        List<Button> offered = acceptButtons("s1-q4");
        assertThat(offered).as("one button, for the one wrong group").hasSize(1);
        assertThat(offered.get(0).getElement().getAttribute("aria-label")).isEqualTo("Accept “Almaty” as right too");
        assertThat(acceptButtons("s1-q1"))
                .as("choice questions are marked by their options")
                .isEmpty();

        _click(offered.get(0));

        assertThat(share("s1-q4")).isEqualTo("3 answered · 100% right");
        assertThat(acceptButtons("s1-q4")).isEmpty();
        assertThat(BasicUtilsKt.get_textRecursively(_get(Div.class, s -> s.withId("results-s1-q4"))))
                .contains("Almaty (right)");
        NotificationsKt.expectNotifications("2 students are now marked right.");
        long question = fixtures.bundledLesson().question("s1-q4").orElseThrow().id();
        assertThat(records.answers(teacher.actor(), session.id()).stream().filter(a -> a.questionId() == question))
                .extracting(a -> a.correct())
                .containsOnly(true);
    }

    @Test
    void the_answer_beside_its_button_keeps_its_own_direction() {
        Fixtures.Account teacher = signInAs(Role.TEACHER);
        SessionSummary session = fixtures.session(teacher.actor(), Feedback.IMMEDIATE, 2);
        typed(session, "Ana", "s1-q4", "\u0627\u0644\u0645\u0627\u062a\u064a");

        navigate("teacher/sessions/" + session.id());

        Div accept = _get(Div.class, s -> s.withId("accept-s1-q4"));
        assertThat(BasicUtilsKt.get_textRecursively(accept)).contains("\u0627\u0644\u0645\u0627\u062a\u064a");
        assertThat(accept.getElement().getChild(0).getChild(0).getAttribute("dir"))
                .isEqualTo("auto");
    }
}
