package org.agora.classroom.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.fakeservlet.FakeRequest;
import com.github.mvysny.kaributesting.v10.BasicUtilsKt;
import com.github.mvysny.kaributesting.v10.NavigatorKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Article;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.server.VaadinServletRequest;
import elemental.json.Json;
import elemental.json.JsonObject;
import jakarta.servlet.http.Cookie;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.agora.KaribuTest;
import org.agora.base.ui.PlainButton;
import org.agora.classroom.ClassSessionService;
import org.agora.classroom.Feedback;
import org.agora.classroom.JoinService;
import org.agora.classroom.SessionSummary;
import org.agora.classroom.StudentService;
import org.agora.lesson.LessonContent;
import org.agora.lesson.LessonContent.OptionContent;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class ReadingViewTest extends KaribuTest {

    @Autowired
    JoinService joins;

    @Autowired
    StudentService students;

    @Autowired
    ClassSessionService sessions;

    @Autowired
    org.agora.classroom.SessionDeletion deletion;

    private org.agora.account.Actor teacher;
    private SessionSummary session;
    private String token;

    /** Joins through the service and opens the lesson as a browser holding the cookie would. */
    private void joinAndOpen(Feedback feedback, int attempts) {
        teacher = fixtures.teacher();
        session = fixtures.session(teacher, feedback, attempts);
        token = joins.join(session.joinCode(), "Dana").resumeToken();
        openWithCookie();
    }

    private void openWithCookie() {
        FakeRequest request = (FakeRequest) VaadinServletRequest.getCurrent().getRequest();
        request.addCookie(new Cookie(ResumeCookie.NAME, token));
        navigate("lesson");
    }

    private static String state(String key) {
        return _get(Span.class, s -> s.withId("state-" + key)).getText();
    }

    private static Div card(String key) {
        return _get(Div.class, s -> s.withId("question-" + key));
    }

    private static void send(String key) {
        _click(_get(PlainButton.class, s -> s.withId("send-" + key)));
    }

    private void choose(String key, boolean right) {
        Ticks.tickRight(
                card(key), fixtures.bundledLesson().question(key).orElseThrow().options(), right);
    }

    @Test
    void without_a_resume_token_the_student_is_sent_to_the_start_page() {
        navigate("lesson");
        assertThat(NavigatorKt.getCurrentView()).isEqualTo(StartView.class);
    }

    @Test
    void the_first_section_shows_its_text_its_questions_and_the_poll() {
        joinAndOpen(Feedback.IMMEDIATE, 1);
        LessonContent lesson = fixtures.bundledLesson();
        assertThat(_get(H2.class, s -> s.withId("section-title")).getText())
                .isEqualTo(lesson.sections().get(0).title());
        lesson.sections()
                .get(0)
                .questions()
                .forEach(q -> assertThat(state(q.key())).isEqualTo("Not answered"));
        assertThat(card("poll-before")).isNotNull();
        assertThat(_get(Button.class, s -> s.withId("previous-section")).isEnabled())
                .isFalse();
    }

    @Test
    void the_poll_before_reading_comes_first_and_closes_with_a_line_once_the_student_starts_reading() {
        joinAndOpen(Feedback.IMMEDIATE, 1);
        Div poll = card("poll-before");
        List<Component> order = descendants(_get(ReadingView.class));
        assertThat(order.indexOf(poll))
                .as("the poll stands above the text")
                .isLessThan(order.indexOf(_get(H2.class, s -> s.withId("section-title"))));
        Ticks.tick(poll, "1");
        send("poll-before");
        Ticks.tick(poll, "4");
        send("poll-before");
        assertThat(state("poll-before")).isEqualTo("Saved");

        choose("s1-q1", true);
        send("s1-q1");

        assertThat(_get(Paragraph.class, s -> s.withId("blocked-poll-before")).getText())
                .isEqualTo("You answered this before reading. It closed when you started reading; "
                        + "the same question comes again after the last section.");
        assertThat(Ticks.shown(poll))
                .as("the stance stays shown, and no longer takes changes")
                .allMatch(Ticks.Shown::disabled)
                .filteredOn(Ticks.Shown::ticked)
                .extracting(Ticks.Shown::value)
                .containsExactly("4");
        reopenBrowser();
        openWithCookie();
        assertThat(_get(Paragraph.class, s -> s.withId("blocked-poll-before")).isVisible())
                .isTrue();
    }

    @Test
    void a_wrong_first_try_says_not_quite_and_keeps_the_explanation_until_the_question_is_finished() {
        joinAndOpen(Feedback.IMMEDIATE, 2);
        String explanation =
                fixtures.bundledLesson().question("s1-q1").orElseThrow().explanation();
        choose("s1-q1", false);
        send("s1-q1");
        String afterFirst = com.github.mvysny.kaributesting.v10.BasicUtilsKt.get_textRecursively(card("s1-q1"));
        assertThat(afterFirst).contains("Not quite.").contains("You have one more try");
        assertThat(afterFirst).doesNotContain(explanation);

        choose("s1-q1", true);
        send("s1-q1");
        assertThat(state("s1-q1")).isEqualTo("Correct");
        assertThat(com.github.mvysny.kaributesting.v10.BasicUtilsKt.get_textRecursively(card("s1-q1")))
                .contains(explanation);
    }

    @Test
    void with_no_try_left_the_explanation_comes_with_the_last_wrong_answer() {
        joinAndOpen(Feedback.IMMEDIATE, 2);
        String explanation =
                fixtures.bundledLesson().question("s1-q1").orElseThrow().explanation();
        choose("s1-q1", false);
        send("s1-q1");
        String first = Ticks.group(card("s1-q1")).value().get(0);
        Ticks.tick(
                card("s1-q1"),
                fixtures.bundledLesson().question("s1-q1").orElseThrow().options().stream()
                        .filter(o -> !o.correct() && !String.valueOf(o.id()).equals(first))
                        .map(o -> String.valueOf(o.id()))
                        .findFirst()
                        .orElseThrow());
        send("s1-q1");
        assertThat(com.github.mvysny.kaributesting.v10.BasicUtilsKt.get_textRecursively(card("s1-q1")))
                .contains("No tries left")
                .contains(explanation);
    }

    @Test
    void an_unchanged_answer_cannot_be_sent_again_until_it_changes_and_the_card_says_so() {
        joinAndOpen(Feedback.IMMEDIATE, 2);
        choose("s1-q1", false);
        send("s1-q1");
        PlainButton again = _get(PlainButton.class, s -> s.withId("send-s1-q1"));
        assertThat(again.isEnabled()).isFalse();
        assertThat(com.github.mvysny.kaributesting.v10.BasicUtilsKt.get_textRecursively(card("s1-q1")))
                .contains("Change your answer to send it again.");

        choose("s1-q1", true);
        assertThat(again.isEnabled()).isTrue();
        send("s1-q1");
        assertThat(state("s1-q1")).isEqualTo("Correct");
        assertThat(students.resume(token).orElseThrow().answers().get("s1-q1").attemptsUsed())
                .isEqualTo(2);
    }

    @Test
    void an_unchanged_stance_cannot_be_updated_until_it_changes() {
        joinAndOpen(Feedback.IMMEDIATE, 1);
        Ticks.tick(card("poll-before"), "2");
        send("poll-before");
        PlainButton update = _get(PlainButton.class, s -> s.withId("send-poll-before"));
        assertThat(update.getText()).isEqualTo("Update answer");
        assertThat(update.isEnabled()).isFalse();
        Ticks.tick(card("poll-before"), "3");
        assertThat(update.isEnabled()).isTrue();
    }

    @Test
    void when_the_teacher_deletes_the_session_the_open_screen_says_the_class_has_ended_and_offers_the_start_page() {
        joinAndOpen(Feedback.IMMEDIATE, 1);
        deletion.deleteSession(teacher, session.id());

        _get(ReadingView.class).apply(students.resume(token).orElse(null));

        assertThat(_get(H2.class, s -> s.withId("gone-title")).getText()).isEqualTo("This class has ended");
        assertThat(_get(Paragraph.class, s -> s.withId("gone-text")).getText())
                .isEqualTo("Your teacher has deleted this class session with its answers.");
        assertThat(com.github.mvysny.kaributesting.v10.LocatorJ._find(Paragraph.class, s -> s.withId("waiting")))
                .isEmpty();
        _click(_get(Button.class, s -> s.withId("go-to-start")));
        assertThat(NavigatorKt.getCurrentView()).isEqualTo(StartView.class);
    }

    @Test
    void when_the_teacher_removes_the_student_their_open_screen_says_their_place_was_removed() {
        joinAndOpen(Feedback.IMMEDIATE, 1);
        long me = students.resume(token).orElseThrow().participantId();
        deletion.deleteStudent(teacher, session.id(), me);

        _get(ReadingView.class).apply(students.resume(token).orElse(null));

        assertThat(_get(H2.class, s -> s.withId("gone-title")).getText())
                .isEqualTo("Your place in this class was removed");
        assertThat(_get(Paragraph.class, s -> s.withId("gone-text")).getText())
                .isEqualTo("Your teacher has removed you from this class with your answers. To take part again, "
                        + "join with the class code.");
    }

    @Test
    void a_right_answer_says_correct_with_the_explanation_only_after_it_is_stored() {
        joinAndOpen(Feedback.IMMEDIATE, 1);
        choose("s1-q1", true);
        assertThat(state("s1-q1")).isEqualTo("Not sent yet");
        send("s1-q1");
        assertThat(state("s1-q1")).isEqualTo("Correct");
        String explanation =
                fixtures.bundledLesson().question("s1-q1").orElseThrow().explanation();
        assertThat(com.github.mvysny.kaributesting.v10.BasicUtilsKt.get_textRecursively(card("s1-q1")))
                .contains(explanation);
        assertThat(students.resume(token).orElseThrow().answers()).containsKey("s1-q1");
        assertThat(com.github.mvysny.kaributesting.v10.LocatorJ._find(PlainButton.class, s -> s.withId("send-s1-q1")))
                .isEmpty();
    }

    /** Every component under this one, depth first: their identity says whether they were drawn anew. */
    private static List<Component> descendants(Component root) {
        List<Component> all = new ArrayList<>();
        root.getChildren().forEach(child -> {
            all.add(child);
            all.addAll(descendants(child));
        });
        return all;
    }

    @Test
    void answering_one_question_leaves_the_feedback_of_another_as_it_was() {
        joinAndOpen(Feedback.IMMEDIATE, 1);
        choose("s1-q1", true);
        send("s1-q1");
        Paragraph verdict = _get(card("s1-q1"), Paragraph.class, s -> s.withClasses("agora-verdict"));
        String options = Ticks.group(card("s1-q2")).getElement().getProperty("innerHTML");
        String sentences = Ticks.group(card("s1-q5")).getElement().getProperty("innerHTML");
        List<Component> sentenceNodes = descendants(card("s1-q5"));

        choose("s1-q3", true);
        send("s1-q3");

        assertThat(Ticks.group(card("s1-q2")).getElement().getProperty("innerHTML"))
                .as("the options of an unanswered question are not drawn again")
                .isNotEmpty()
                .isSameAs(options);
        assertThat(Ticks.group(card("s1-q5")).getElement().getProperty("innerHTML"))
                .as("nor are the sentences to pick from")
                .isSameAs(sentences);
        assertThat(descendants(card("s1-q5"))).containsExactlyElementsOf(sentenceNodes);

        assertThat(state("s1-q3")).isEqualTo("Correct");
        assertThat(_get(card("s1-q1"), Paragraph.class, s -> s.withClasses("agora-verdict")))
                .as("not drawn again, so no new screen parts go to the browser")
                .isSameAs(verdict);
    }

    @Test
    void a_wrong_answer_says_incorrect_and_deferred_feedback_says_only_saved() {
        joinAndOpen(Feedback.IMMEDIATE, 2);
        choose("s1-q1", false);
        send("s1-q1");
        assertThat(state("s1-q1")).isEqualTo("Incorrect");
        assertThat(_get(PlainButton.class, s -> s.withId("send-s1-q1")).isVisible())
                .isTrue();

        reopenBrowser();
        joinAndOpen(Feedback.DEFERRED, 2);
        choose("s1-q1", true);
        send("s1-q1");
        assertThat(state("s1-q1")).isEqualTo("Saved");
        assertThat(com.github.mvysny.kaributesting.v10.BasicUtilsKt.get_textRecursively(card("s1-q1")))
                .doesNotContain("Right")
                .doesNotContain("Not quite");
        // A right answer must not look different from a wrong one: the second try stays open.
        assertThat(_get(PlainButton.class, s -> s.withId("send-s1-q1")).isVisible())
                .isTrue();
        assertThat(com.github.mvysny.kaributesting.v10.BasicUtilsKt.get_textRecursively(card("s1-q1")))
                .contains("Change your answer to send it again.");
    }

    @Test
    void when_the_last_try_is_wrong_the_right_answer_is_shown() {
        joinAndOpen(Feedback.IMMEDIATE, 1);
        choose("s1-q1", false);
        send("s1-q1");
        String right = fixtures.bundledLesson().question("s1-q1").orElseThrow().options().stream()
                .filter(OptionContent::correct)
                .findFirst()
                .orElseThrow()
                .text();
        assertThat(_get(Paragraph.class, s -> s.withId("right-s1-q1")).getText())
                .isEqualTo("The right answer: " + right);
    }

    @Test
    void an_empty_answer_is_not_saved_and_says_why() {
        joinAndOpen(Feedback.IMMEDIATE, 1);
        send("s1-q4");
        assertThat(state("s1-q4")).isEqualTo("Not saved");
        assertThat(_get(Paragraph.class, s -> s.withId("error-s1-q4")).getText())
                .isEqualTo("Type an answer first.");
        assertThat(students.resume(token).orElseThrow().answers()).isEmpty();
    }

    @Test
    void a_debate_answer_takes_a_stance_and_an_argument() {
        joinAndOpen(Feedback.IMMEDIATE, 1);
        Div debate = card("s1-d1");
        Ticks.tick(debate, "4");
        _setValue(_get(debate, TextArea.class), "Astana has ties to both sides.");
        OptionGroup cite = _get(debate, OptionGroup.class, s -> s.withClasses("agora-citations"));
        assertThat(Ticks.shown(cite))
                .as("no sentence is drawn before the student opens the list")
                .isEmpty();
        Ticks.open(debate);
        Ticks.tick(cite, "s1-6");
        send("s1-d1");
        assertThat(state("s1-d1")).isEqualTo("Saved");
        var saved = students.resume(token).orElseThrow().answers().get("s1-d1");
        assertThat(saved.input().stance()).isEqualTo(4);
        assertThat(saved.input().text()).isEqualTo("Astana has ties to both sides.");
        assertThat(saved.input().selection()).containsExactly("s1-6");
    }

    @Test
    void sections_change_with_next_and_previous_and_a_reload_returns_to_the_same_place_with_its_answers() {
        joinAndOpen(Feedback.IMMEDIATE, 1);
        choose("s1-q2", true);
        send("s1-q2");
        _setValue(_get(card("s1-q4"), TextField.class), "astana");
        send("s1-q4");
        _click(_get(Button.class, s -> s.withId("next-section")));
        LessonContent lesson = fixtures.bundledLesson();
        assertThat(_get(H2.class, s -> s.withId("section-title")).getText())
                .isEqualTo(lesson.sections().get(1).title());

        // A new browser tab or a reload: a fresh UI with nothing but the cookie.
        reopenBrowser();
        openWithCookie();
        assertThat(_get(H2.class, s -> s.withId("section-title")).getText())
                .isEqualTo(lesson.sections().get(1).title());
        _click(_get(Button.class, s -> s.withId("previous-section")));
        assertThat(state("s1-q2")).isEqualTo("Correct");
        assertThat(state("s1-q4")).isEqualTo("Correct");
        assertThat(_get(card("s1-q4"), TextField.class).getValue()).isEqualTo("astana");
    }

    @Test
    void a_screen_holds_the_cards_of_the_section_shown_and_of_unsent_drafts_only_and_rebuilds_the_rest() {
        joinAndOpen(Feedback.IMMEDIATE, 1);
        LessonContent lesson = fixtures.bundledLesson();
        choose("s1-q2", true);
        send("s1-q2");
        _setValue(_get(card("s1-q4"), TextField.class), "a draft not yet sent");

        _click(_get(Button.class, s -> s.withId("next-section")));
        Set<String> expected = new HashSet<>();
        lesson.sections().get(1).questions().forEach(q -> expected.add(q.key()));
        expected.add("s1-q4");
        assertThat(_get(ReadingView.class).heldCards()).containsExactlyInAnyOrderElementsOf(expected);

        _click(_get(Button.class, s -> s.withId("previous-section")));
        assertThat(state("s1-q2")).isEqualTo("Correct");
        assertThat(_get(card("s1-q4"), TextField.class).getValue()).isEqualTo("a draft not yet sent");
        assertThat(_get(ReadingView.class).heldCards())
                .doesNotContainAnyElementsOf(lesson.sections().get(1).questions().stream()
                        .map(LessonContent.QuestionContent::key)
                        .toList());
    }

    @Test
    void a_closed_session_shows_a_banner_and_takes_no_answers() {
        joinAndOpen(Feedback.IMMEDIATE, 1);
        sessions.close(fixtures.admin(), session.id());
        reopenBrowser();
        openWithCookie();
        assertThat(_get(Paragraph.class, s -> s.withId("session-closed")).getText())
                .contains("closed");
        assertThat(_get(PlainButton.class, s -> s.withId("send-s1-q1")).isEnabled())
                .isFalse();
    }

    @Test
    void the_last_section_has_the_after_poll_and_counts_what_is_answered() {
        joinAndOpen(Feedback.IMMEDIATE, 1);
        LessonContent lesson = fixtures.bundledLesson();
        int total = lesson.allQuestions().size();
        for (int i = 1; i < lesson.sections().size(); i++) {
            _click(_get(Button.class, s -> s.withId("next-section")));
        }
        assertThat(_get(Button.class, s -> s.withId("next-section")).isEnabled())
                .isFalse();
        assertThat(_get(Paragraph.class, s -> s.withId("end-of-lesson")).getText())
                .contains("answered 0 of " + total);
        Ticks.tick(card("poll-after"), "2");
        send("poll-after");
        assertThat(state("poll-after")).isEqualTo("Saved");
        assertThat(_get(Paragraph.class, s -> s.withId("end-of-lesson")).getText())
                .contains("answered 1 of " + total)
                .doesNotContain("Your view");
    }

    @Test
    void after_both_polls_the_student_sees_their_own_shift() {
        joinAndOpen(Feedback.IMMEDIATE, 1);
        Ticks.tick(card("poll-before"), "2");
        send("poll-before");
        LessonContent lesson = fixtures.bundledLesson();
        for (int i = 1; i < lesson.sections().size(); i++) {
            _click(_get(Button.class, s -> s.withId("next-section")));
        }
        Ticks.tick(card("poll-after"), "5");
        send("poll-after");
        assertThat(_get(Paragraph.class, s -> s.withId("end-of-lesson")).getText())
                .contains("Your view moved: before reading you chose \u201cDisagree\u201d, after reading "
                        + "\u201cStrongly agree\u201d.");
    }

    @Test
    void the_evidence_can_be_picked_in_the_reading_itself() {
        joinAndOpen(Feedback.IMMEDIATE, 1);
        String proving = provingSentence();
        assertThat(sentenceTag(proving)).doesNotContain("role");
        _click(_get(PlainButton.class, s -> s.withId("pick-s1-q5")));
        assertThat(sentenceTag(proving)).contains("role=\"button\"").contains("tabindex=\"0\"");
        assertThat(com.github.mvysny.kaributesting.v10.BasicUtilsKt.get_textRecursively(
                        _get(com.vaadin.flow.component.html.Div.class, s -> s.withId("pick-hint"))))
                .contains("Choose the sentence");
        _click(_get(Button.class, s -> s.withId("cancel-pick")));
        assertThat(sentenceTag(proving)).doesNotContain("role");
        _click(_get(PlainButton.class, s -> s.withId("pick-s1-q5")));
        inSentence("click", proving);
        assertThat(state("s1-q5")).isEqualTo("Not sent yet");
        assertThat(sentenceTag(proving)).doesNotContain("role");
        send("s1-q5");
        assertThat(state("s1-q5")).isEqualTo("Correct");
        // Outside picking, a click on the text changes nothing.
        inSentence("click", "s1-1");
        assertThat(state("s1-q5")).isEqualTo("Correct");
    }

    @Test
    void a_sentence_is_picked_with_enter_and_escape_cancels_and_a_key_not_on_screen_is_ignored() {
        joinAndOpen(Feedback.IMMEDIATE, 1);
        String proving = provingSentence();
        _click(_get(PlainButton.class, s -> s.withId("pick-s1-q5")));
        inSentence("keydown", "s2-1");
        assertThat(state("s1-q5")).isEqualTo("Not answered");
        assertThat(sentenceTag(proving)).contains("role=\"button\"");
        JsonObject escape = Json.createObject();
        escape.put(SentencePicking.CANCEL_KEY, true);
        BasicUtilsKt._fireDomEvent(_get(Article.class), "keydown", escape);
        assertThat(sentenceTag(proving)).doesNotContain("role");
        _click(_get(PlainButton.class, s -> s.withId("pick-s1-q5")));
        inSentence("keydown", proving);
        assertThat(state("s1-q5")).isEqualTo("Not sent yet");
        send("s1-q5");
        assertThat(state("s1-q5")).isEqualTo("Correct");
    }

    /** The sentence that proves the evidence question of section 1. */
    private String provingSentence() {
        return fixtures.bundledLesson()
                .question("s1-q5")
                .orElseThrow()
                .evidenceSentenceKeys()
                .get(0);
    }

    /** A click or an Enter in sentence {@code key}, with the event data the browser would send. */
    private static void inSentence(String type, String key) {
        JsonObject data = Json.createObject();
        data.put(SentencePicking.SENTENCE_OF_EVENT, key);
        data.put("click".equals(type) ? SentencePicking.IN_A_SENTENCE : SentencePicking.PICK_KEY, true);
        BasicUtilsKt._fireDomEvent(_get(Article.class), type, data);
    }

    /** The opening tag of sentence {@code key} in the section's text as the browser gets it. */
    private static String sentenceTag(String key) {
        String html = _find(_get(Article.class), Paragraph.class).stream()
                .map(p -> p.getElement().getProperty("innerHTML", ""))
                .collect(java.util.stream.Collectors.joining());
        java.util.regex.Matcher tag = java.util.regex.Pattern.compile("<span id=\"sentence-" + key + "\"[^>]*>")
                .matcher(html);
        assertThat(tag.find()).as("sentence %s is in the text", key).isTrue();
        return tag.group();
    }
}
