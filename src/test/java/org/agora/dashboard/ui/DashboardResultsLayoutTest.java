package org.agora.dashboard.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.BasicUtilsKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.dom.Element;
import java.util.List;
import java.util.UUID;
import org.agora.Fixtures;
import org.agora.KaribuTest;
import org.agora.account.Role;
import org.agora.classroom.AnswerInput;
import org.agora.classroom.AnswerService;
import org.agora.classroom.ClassSessionService;
import org.agora.classroom.Feedback;
import org.agora.classroom.Gate;
import org.agora.classroom.JoinService;
import org.agora.classroom.Pacing;
import org.agora.classroom.SessionSettings;
import org.agora.classroom.SessionSummary;
import org.agora.lesson.LessonContent;
import org.agora.lesson.LessonContent.OptionContent;
import org.agora.lesson.LessonContent.QuestionContent;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** What the teacher reads on the dashboard's results and grid: labelled figures, grouping, folding, headers. */
class DashboardResultsLayoutTest extends KaribuTest {

    @Autowired
    JoinService joins;

    @Autowired
    AnswerService answers;

    @Autowired
    ClassSessionService sessions;

    private void send(String student, String questionKey, AnswerInput input) {
        answers.submit(student, questionKey, UUID.randomUUID().toString(), input);
    }

    private static AnswerInput option(OptionContent o) {
        return AnswerInput.choice(List.of(String.valueOf(o.id())));
    }

    private static OptionContent right(QuestionContent q) {
        return q.options().stream().filter(OptionContent::correct).findFirst().orElseThrow();
    }

    private static List<OptionContent> wrong(QuestionContent q) {
        return q.options().stream().filter(o -> !o.correct()).toList();
    }

    private static String paragraph(String id) {
        return _get(Paragraph.class, s -> s.withId(id)).getText();
    }

    private static String textOf(Component c) {
        return BasicUtilsKt.get_textRecursively(c);
    }

    @Test
    void retries_label_the_latest_figures_and_show_the_first_tries_beside_them() {
        Fixtures.Account teacher = signInAs(Role.TEACHER);
        SessionSummary session = fixtures.session(teacher.actor(), Feedback.IMMEDIATE, 3);
        QuestionContent q = fixtures.bundledLesson().question("s1-q1").orElseThrow();
        OptionContent wrong = wrong(q).get(0);
        String ana = joins.join(session.joinCode(), "Ana").resumeToken();
        String ben = joins.join(session.joinCode(), "Ben").resumeToken();
        String cleo = joins.join(session.joinCode(), "Cleo").resumeToken();
        send(ana, "s1-q1", option(wrong));
        send(ana, "s1-q1", option(right(q)));
        send(ben, "s1-q1", option(wrong));
        send(ben, "s1-q1", option(right(q)));
        send(cleo, "s1-q1", option(right(q)));

        navigate("teacher/sessions/" + session.id());

        assertThat(paragraph("share-s1-q1")).isEqualTo("Latest answers: 3 answered · 100% right");
        assertThat(_find(Paragraph.class, s -> s.withId("wrong-s1-q1"))).isEmpty();
        assertThat(paragraph("first-s1-q1"))
                .isEqualTo("First tries: 1 of 3 right; most chosen wrong on first try: " + wrong.text() + ", 2");
    }

    @Test
    void wrong_answers_tied_at_the_top_are_named_together() {
        Fixtures.Account teacher = signInAs(Role.TEACHER);
        SessionSummary session = fixtures.session(teacher.actor(), Feedback.IMMEDIATE, 1);
        QuestionContent q = fixtures.bundledLesson().question("s1-q1").orElseThrow();
        List<OptionContent> wrong = wrong(q);
        send(joins.join(session.joinCode(), "Ana").resumeToken(), "s1-q1", option(wrong.get(0)));
        send(joins.join(session.joinCode(), "Ben").resumeToken(), "s1-q1", option(wrong.get(1)));

        navigate("teacher/sessions/" + session.id());

        assertThat(paragraph("share-s1-q1")).isEqualTo("2 answered · 0% right");
        assertThat(paragraph("wrong-s1-q1"))
                .isEqualTo("Most chosen wrong answers: " + wrong.get(0).text() + " and "
                        + wrong.get(1).text() + ", 1 each");
        assertThat(_find(Paragraph.class, s -> s.withId("first-s1-q1"))).isEmpty();
    }

    @Test
    void the_answer_count_counts_each_student_and_question_once_however_many_tries() {
        Fixtures.Account teacher = signInAs(Role.TEACHER);
        SessionSummary session = fixtures.session(teacher.actor(), Feedback.IMMEDIATE, 3);
        QuestionContent q = fixtures.bundledLesson().question("s1-q1").orElseThrow();
        String ana = joins.join(session.joinCode(), "Ana").resumeToken();
        String ben = joins.join(session.joinCode(), "Ben").resumeToken();
        send(ana, "s1-q1", option(wrong(q).get(0)));
        send(ana, "s1-q1", option(wrong(q).get(1)));
        send(ana, "s1-q1", option(right(q)));
        send(ben, "s1-q1", option(right(q)));
        send(ben, "s1-d1", AnswerInput.stance(4, "Because of the talks."));

        navigate("teacher/sessions/" + session.id());

        Span count = _get(Span.class, s -> s.withId("answer-count"));
        assertThat(count.getText()).isEqualTo("3");
        String caption =
                count.getParent().map(BasicUtilsKt::get_textRecursively).orElseThrow();
        assertThat(caption).contains("answers (a retry counts once)");
    }

    @Test
    void cited_sentences_are_shown_for_each_debate_question_apart() {
        Fixtures.Account teacher = signInAs(Role.TEACHER);
        SessionSummary session = fixtures.session(teacher.actor(), Feedback.IMMEDIATE, 1);
        String ana = joins.join(session.joinCode(), "Ana").resumeToken();
        String ben = joins.join(session.joinCode(), "Ben").resumeToken();
        send(ana, "s1-d1", AnswerInput.argued(4, "The first sentence says so.", List.of("s1-1")));
        send(ben, "s1-d2", AnswerInput.argued(2, "The first sentence says otherwise.", List.of("s1-1")));

        navigate("teacher/sessions/" + session.id());

        Div first = _get(Div.class, s -> s.withId("cited-article-s1-d1"));
        Div second = _get(Div.class, s -> s.withId("cited-article-s1-d2"));
        String prompt = fixtures.bundledLesson().question("s1-d1").orElseThrow().prompt();
        assertThat(textOf(first)).contains(prompt);
        assertThat(textOf(_get(first, Span.class, s -> s.withId("cited-s1-d1-s1-1"))))
                .contains("(cited once: Agree 1)")
                .doesNotContain("Disagree");
        assertThat(textOf(_get(second, Span.class, s -> s.withId("cited-s1-d2-s1-1"))))
                .contains("(cited once: Disagree 1)");
    }

    @Test
    void results_are_grouped_by_section_the_current_one_first_and_sections_not_opened_folded() {
        Fixtures.Account teacher = signInAs(Role.TEACHER);
        SessionSummary session = sessions.create(
                teacher.actor(),
                fixtures.bundledRevision(),
                new SessionSettings("Live", Feedback.IMMEDIATE, 1, Pacing.LIVE, null, Gate.OFF));
        sessions.openNextSection(teacher.actor(), session.id());
        sessions.openNextSection(teacher.actor(), session.id());

        navigate("teacher/sessions/" + session.id());

        Div results = _get(Div.class, s -> s.withId("results"));
        List<Details> groups = _find(results, Details.class);
        assertThat(groups)
                .extracting(Component::getId)
                .extracting(id -> id.orElse("?"))
                .containsExactly(
                        "results-section-2",
                        "results-before",
                        "results-section-1",
                        "results-section-3",
                        "results-section-4",
                        "results-after");
        assertThat(groups).extracting(Details::isOpened).containsExactly(true, true, true, false, false, false);
        LessonContent lesson = fixtures.bundledLesson();
        assertThat(groups.get(0).getSummaryText())
                .contains(lesson.sections().get(1).title());
        assertThat(groups.get(3).getSummaryText()).contains("not opened yet");
        assertThat(_find(groups.get(2), Div.class, s -> s.withId("results-s1-q1")))
                .hasSize(1);
        assertThat(_find(groups.get(1), Div.class, s -> s.withId("poll-before-result")))
                .hasSize(1);
        assertThat(_find(groups.get(5), Div.class, s -> s.withId("opinion-shift")))
                .hasSize(1);

        _click(_get(Button.class, s -> s.withId("open-next-section")));
        Details third = _get(Details.class, s -> s.withId("results-section-3"));
        assertThat(third.isOpened()).isTrue();
        assertThat(_find(results(), Details.class).get(0)).isSameAs(third);
    }

    private static Div results() {
        return _get(Div.class, s -> s.withId("results"));
    }

    @Test
    void the_grid_heads_each_column_with_the_question_number_and_gives_the_prompt_on_hover_and_to_screen_readers() {
        Fixtures.Account teacher = signInAs(Role.TEACHER);
        SessionSummary session = fixtures.session(teacher.actor(), Feedback.IMMEDIATE, 1);
        joins.join(session.joinCode(), "Ana");
        LessonContent lesson = fixtures.bundledLesson();

        navigate("teacher/sessions/" + session.id());

        Element head = _get(Div.class, s -> s.withId("progress-grid"))
                .getElement()
                .getChild(0)
                .getChild(0)
                .getChild(0);
        List<String> visible =
                head.getChildren().skip(1).map(th -> th.getChild(0).getText()).toList();
        assertThat(visible).startsWith("Before", "1.1", "1.2").endsWith("4.7", "After");
        Element first = head.getChild(2);
        String prompt = lesson.question("s1-q1").orElseThrow().prompt();
        assertThat(first.getAttribute("title")).isEqualTo(prompt);
        assertThat(first.getChild(1).getClassList()).contains("agora-visually-hidden");
        assertThat(first.getChild(1).getText()).isEqualTo("Question 1.1: " + prompt);
        assertThat(head.getChildren()
                        .filter(th -> th.hasAttribute("data-section-start"))
                        .map(th -> th.getChild(0).getText()))
                .as("a line before each section, to read the grid by section")
                .containsExactly("1.1", "2.1", "3.1", "4.1", "After");
    }
}
