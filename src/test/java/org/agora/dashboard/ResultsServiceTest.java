package org.agora.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.agora.AgoraTest;
import org.agora.Fixtures;
import org.agora.account.Actor;
import org.agora.base.NotAllowedException;
import org.agora.classroom.AnswerInput;
import org.agora.classroom.AnswerService;
import org.agora.classroom.Feedback;
import org.agora.classroom.JoinService;
import org.agora.classroom.SessionSummary;
import org.agora.dashboard.QuestionResult.Bar;
import org.agora.dashboard.QuestionResult.Tries;
import org.agora.dashboard.QuestionResult.Wrong;
import org.agora.dashboard.ResultsService.SessionResults;
import org.agora.lesson.LessonContent;
import org.agora.lesson.LessonContent.OptionContent;
import org.agora.lesson.LessonContent.QuestionContent;
import org.agora.lesson.LessonContent.SectionContent;
import org.agora.lesson.QuestionType;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Four students answer chosen questions of the bundled lesson; every figure below was worked
 * out by hand from those answers (each student counts with their latest answer).
 */
class ResultsServiceTest extends AgoraTest {

    @Autowired
    BoardService boards;

    @Autowired
    AnswerService answers;

    @Autowired
    JoinService joins;

    @Autowired
    Fixtures fixtures;

    @Autowired
    CsvExport export;

    private Actor teacher;
    private SessionSummary session;
    private LessonContent lesson;
    private SectionContent first;
    private String ana;
    private String ben;
    private String cleo;
    private String dan;

    @BeforeEach
    void setUp() {
        teacher = fixtures.teacher();
        session = fixtures.session(teacher, Feedback.IMMEDIATE, 3);
        lesson = fixtures.bundledLesson();
        first = lesson.sections().get(0);
        ana = joins.join(session.joinCode(), "Ana").resumeToken();
        ben = joins.join(session.joinCode(), "Ben").resumeToken();
        cleo = joins.join(session.joinCode(), "Cleo").resumeToken();
        dan = joins.join(session.joinCode(), "Dan").resumeToken();
    }

    private void send(String student, QuestionContent q, AnswerInput input) {
        answers.submit(student, q.key(), UUID.randomUUID().toString(), input);
    }

    private QuestionContent first(QuestionType type) {
        return lesson.allQuestions().stream()
                .filter(q -> q.type() == type)
                .findFirst()
                .orElseThrow();
    }

    private static AnswerInput option(OptionContent o) {
        return AnswerInput.choice(List.of(String.valueOf(o.id())));
    }

    @Test
    void single_choice_counts_latest_answers_the_share_right_and_the_most_chosen_wrong_answer() {
        QuestionContent q = first(QuestionType.SINGLE_CHOICE);
        OptionContent right =
                q.options().stream().filter(OptionContent::correct).findFirst().orElseThrow();
        List<OptionContent> wrong =
                q.options().stream().filter(o -> !o.correct()).toList();
        send(ana, q, option(right));
        send(ben, q, option(wrong.get(0)));
        send(cleo, q, option(wrong.get(0)));
        send(dan, q, option(wrong.get(1)));
        send(dan, q, option(right));

        QuestionResult result = boards.board(teacher, session.id()).results().question(q.key());

        assertThat(result.answered()).isEqualTo(4);
        assertThat(result.right()).isEqualTo(2);
        assertThat(result.shareRight()).isEqualTo(0.5);
        assertThat(result.mostChosenWrong())
                .isEqualTo(new Wrong(List.of(wrong.get(0).text()), 2));
        assertThat(result.bars())
                .contains(
                        new Bar(right.text(), 2, true),
                        new Bar(wrong.get(0).text(), 2, false),
                        new Bar(wrong.get(1).text(), 0, false));
    }

    @Test
    void multiple_choice_counts_each_option_chosen() {
        QuestionContent q = first(QuestionType.MULTIPLE_CHOICE);
        List<String> rightIds = q.options().stream()
                .filter(OptionContent::correct)
                .map(o -> String.valueOf(o.id()))
                .toList();
        OptionContent wrong =
                q.options().stream().filter(o -> !o.correct()).findFirst().orElseThrow();
        send(ana, q, AnswerInput.choice(rightIds));
        List<String> withWrong = new ArrayList<>(rightIds);
        withWrong.add(String.valueOf(wrong.id()));
        send(ben, q, AnswerInput.choice(withWrong));

        QuestionResult result = boards.board(teacher, session.id()).results().question(q.key());

        assertThat(result.answered()).isEqualTo(2);
        assertThat(result.right()).isEqualTo(1);
        for (OptionContent o : q.options()) {
            int expected = o.correct() ? 2 : o.id() == wrong.id() ? 1 : 0;
            assertThat(result.bars()).contains(new Bar(o.text(), expected, o.correct()));
        }
        assertThat(result.mostChosenWrong()).isEqualTo(new Wrong(List.of(wrong.text()), 1));
    }

    @Test
    void typed_answers_are_grouped_by_their_normalised_form_and_shown_as_typed() {
        QuestionContent q = first(QuestionType.SHORT_TEXT);
        String accepted = q.acceptedAnswers().get(0);
        send(ana, q, AnswerInput.text(accepted));
        send(ben, q, AnswerInput.text(accepted));
        send(cleo, q, AnswerInput.text("  " + accepted.toUpperCase() + "! "));
        send(dan, q, AnswerInput.text("Somewhere else"));

        QuestionResult result = boards.board(teacher, session.id()).results().question(q.key());

        assertThat(result.right()).isEqualTo(3);
        assertThat(result.bars()).containsExactly(new Bar(accepted, 3, true), new Bar("Somewhere else", 1, false));
        assertThat(result.mostChosenWrong()).isEqualTo(new Wrong(List.of("Somewhere else"), 1));
    }

    @Test
    void orders_and_evidence_sentences_are_counted_most_frequent_first() {
        QuestionContent ordering = first(QuestionType.ORDERING);
        List<String> rightOrder =
                ordering.options().stream().map(o -> String.valueOf(o.id())).toList();
        List<String> reversed = new ArrayList<>(rightOrder);
        Collections.reverse(reversed);
        send(ana, ordering, AnswerInput.choice(rightOrder));
        send(ben, ordering, AnswerInput.choice(reversed));
        send(cleo, ordering, AnswerInput.choice(reversed));
        List<String> reversedTexts = new ArrayList<>(
                ordering.options().stream().map(OptionContent::text).toList());
        Collections.reverse(reversedTexts);
        String reversedLabel = String.join(" → ", reversedTexts);

        QuestionResult orders = boards.board(teacher, session.id()).results().question(ordering.key());
        assertThat(orders.bars())
                .containsExactly(
                        new Bar(reversedLabel, 2, false),
                        new Bar(
                                String.join(
                                        " → ",
                                        ordering.options().stream()
                                                .map(OptionContent::text)
                                                .toList()),
                                1,
                                true));
        assertThat(orders.mostChosenWrong()).isEqualTo(new Wrong(List.of(reversedLabel), 2));

        QuestionContent evidence = first.questions().stream()
                .filter(q -> q.type() == QuestionType.EVIDENCE)
                .findFirst()
                .orElseThrow();
        String rightKey = evidence.evidenceSentenceKeys().get(0);
        send(ana, evidence, AnswerInput.choice(List.of(rightKey)));
        send(ben, evidence, AnswerInput.choice(List.of("s1-1")));
        QuestionResult sentences = boards.board(teacher, session.id()).results().question(evidence.key());
        assertThat(sentences.bars())
                .containsExactlyInAnyOrder(new Bar(text(rightKey), 1, true), new Bar(text("s1-1"), 1, false));
        assertThat(sentences.shareRight()).isEqualTo(0.5);
    }

    @Test
    void debate_stances_and_cited_sentences_by_stance() {
        QuestionContent debate = first.questions().stream()
                .filter(q -> q.type() == QuestionType.DEBATE)
                .findFirst()
                .orElseThrow();
        send(ana, debate, AnswerInput.argued(5, "Strong reasons in the text.", List.of("s1-1", "s1-2")));
        send(ben, debate, AnswerInput.argued(5, "The first sentence says it.", List.of("s1-1")));
        send(cleo, debate, AnswerInput.argued(1, "The same sentence, read the other way.", List.of("s1-1")));

        SessionResults all = boards.board(teacher, session.id()).results();
        QuestionResult result = all.question(debate.key());

        assertThat(result.right()).isNull();
        assertThat(result.shareRight()).isNull();
        assertThat(result.stances()).containsExactly(1, 0, 0, 0, 2);
        assertThat(result.citations())
                .containsExactly(Map.entry("s1-1", List.of(1, 0, 0, 0, 2)), Map.entry("s1-2", List.of(0, 0, 0, 0, 1)));
    }

    @Test
    void wrong_answers_tied_at_the_top_are_all_named_in_lesson_order() {
        QuestionContent q = first(QuestionType.SINGLE_CHOICE);
        OptionContent right =
                q.options().stream().filter(OptionContent::correct).findFirst().orElseThrow();
        List<OptionContent> wrong =
                q.options().stream().filter(o -> !o.correct()).toList();
        send(ana, q, option(right));
        send(ben, q, option(wrong.get(1)));
        send(cleo, q, option(wrong.get(0)));

        QuestionResult result = boards.board(teacher, session.id()).results().question(q.key());

        assertThat(result.mostChosenWrong())
                .isEqualTo(new Wrong(List.of(wrong.get(0).text(), wrong.get(1).text()), 1));
    }

    @Test
    void first_tries_are_counted_beside_the_latest_answers() {
        QuestionContent q = first(QuestionType.SINGLE_CHOICE);
        OptionContent right =
                q.options().stream().filter(OptionContent::correct).findFirst().orElseThrow();
        OptionContent wrong =
                q.options().stream().filter(o -> !o.correct()).findFirst().orElseThrow();
        send(ana, q, option(right));
        send(ben, q, option(wrong));
        send(ben, q, option(right));
        send(cleo, q, option(wrong));
        send(cleo, q, option(right));

        QuestionResult result = boards.board(teacher, session.id()).results().question(q.key());

        assertThat(result.answered()).isEqualTo(3);
        assertThat(result.right()).isEqualTo(3);
        assertThat(result.mostChosenWrong()).isNull();
        assertThat(result.retried()).isTrue();
        assertThat(result.firstTries()).isEqualTo(new Tries(3, 1, new Wrong(List.of(wrong.text()), 2)));
    }

    @Test
    void without_a_second_try_the_first_tries_are_the_latest_answers() {
        QuestionContent q = first(QuestionType.SINGLE_CHOICE);
        OptionContent wrong =
                q.options().stream().filter(o -> !o.correct()).findFirst().orElseThrow();
        send(ana, q, option(wrong));

        QuestionResult result = boards.board(teacher, session.id()).results().question(q.key());

        assertThat(result.retried()).isFalse();
        assertThat(result.firstTries()).isEqualTo(new Tries(1, 0, new Wrong(List.of(wrong.text()), 1)));
    }

    @Test
    void the_opinion_shift_counts_students_who_answered_both_polls_from_their_stance_before_reading() {
        poll(ana, lesson.pollBefore(), 2);
        poll(ben, lesson.pollBefore(), 3);
        poll(cleo, lesson.pollBefore(), 4);
        poll(ana, lesson.pollBefore(), 4);
        poll(ana, lesson.pollAfter(), 4);
        poll(ben, lesson.pollAfter(), 3);
        poll(dan, lesson.pollAfter(), 5);

        OpinionShift shift = boards.board(teacher, session.id()).results().shift();

        assertThat(shift.before()).containsExactly(0, 0, 1, 2, 0);
        assertThat(shift.after()).containsExactly(0, 0, 1, 1, 1);
        assertThat(shift.moves())
                .containsExactlyInAnyOrder(new OpinionShift.Move("Ana", 4, 4), new OpinionShift.Move("Ben", 3, 3));
        assertThat(shift.towardAgree()).isZero();
        assertThat(shift.towardDisagree()).isZero();
        assertThat(shift.unchanged()).isEqualTo(2);
    }

    @Test
    void a_stance_changed_before_reading_counts_the_same_on_the_poll_card_in_the_shift_and_in_the_csv()
            throws Exception {
        poll(ana, lesson.pollBefore(), 1);
        poll(ana, lesson.pollBefore(), 4);
        poll(ana, lesson.pollAfter(), 5);

        ResultsService.SessionResults all = boards.board(teacher, session.id()).results();

        assertThat(all.question(lesson.pollBefore().key()).stances()).containsExactly(0, 0, 0, 1, 0);
        assertThat(all.shift().before()).containsExactly(0, 0, 0, 1, 0);
        assertThat(all.shift().moves()).containsExactly(new OpinionShift.Move("Ana", 4, 5));
        String csv = new String(export.csv(teacher, session.id()), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(csv.lines().filter(l -> l.contains(lesson.pollBefore().key()) && l.contains("Ana")))
                .singleElement()
                .asString()
                .contains("Agree")
                .doesNotContain("Strongly disagree");
    }

    @Test
    void another_teacher_is_refused_through_the_service() {
        assertThatThrownBy(() -> boards.board(fixtures.teacher(), session.id()).results())
                .isInstanceOf(NotAllowedException.class)
                .hasMessageContaining("not one of yours");
        assertThat(boards.board(fixtures.admin(), session.id()).results().questions())
                .isNotEmpty();
    }

    private void poll(String student, QuestionContent poll, int stance) {
        send(student, poll, new AnswerInput(List.of(), null, stance));
    }

    private String text(String sentenceKey) {
        return first.sentences()
                .filter(s -> s.key().equals(sentenceKey))
                .findFirst()
                .orElseThrow()
                .text();
    }
}
