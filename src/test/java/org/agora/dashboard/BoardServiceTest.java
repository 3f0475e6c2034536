package org.agora.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;
import org.agora.AgoraTest;
import org.agora.CountedStatements;
import org.agora.Fixtures;
import org.agora.account.AccountDisabledException;
import org.agora.account.AccountService;
import org.agora.account.Actor;
import org.agora.account.Role;
import org.agora.base.NotAllowedException;
import org.agora.classroom.AnswerInput;
import org.agora.classroom.AnswerService;
import org.agora.classroom.Feedback;
import org.agora.classroom.JoinService;
import org.agora.classroom.SessionSummary;
import org.agora.lesson.LessonContent.QuestionContent;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The dashboard's grid and results come from one read of the class: its answers are read once, not once each. */
class BoardServiceTest extends AgoraTest {

    @Autowired
    BoardService boards;

    @Autowired
    AnswerService answers;

    @Autowired
    JoinService joins;

    @Autowired
    Fixtures fixtures;

    @Autowired
    AccountService accounts;

    /** A read of every row of {@code table} the class has: its first "from" is the table, and it counts nothing. */
    private static Predicate<String> readsEvery(String table) {
        return sql -> {
            String text = sql.toLowerCase();
            int from = text.indexOf(" from ");
            return from >= 0 && text.startsWith(table + " ", from + 6) && !text.startsWith("select count(");
        };
    }

    private static final Predicate<String> READS_ANSWERS = readsEvery("answer");
    private static final Predicate<String> READS_STUDENTS = readsEvery("participant");

    @Test
    void one_board_is_the_grid_and_the_results_read_with_one_scan_of_the_answers() {
        Actor teacher = fixtures.teacher();
        SessionSummary session = fixtures.session(teacher, Feedback.IMMEDIATE, 2);
        QuestionContent q = fixtures.bundledLesson().question("s1-q1").orElseThrow();
        for (String name : List.of("Ana", "Ben", "Cleo")) {
            String token = joins.join(session.joinCode(), name).resumeToken();
            answers.submit(
                    token,
                    q.key(),
                    UUID.randomUUID().toString(),
                    AnswerInput.choice(List.of(String.valueOf(q.options().get(0).id()))));
        }

        long answersBefore = CountedStatements.count(READS_ANSWERS);
        java.util.Map<String, Long> textsBefore = CountedStatements.byText(READS_ANSWERS);
        long studentsBefore = CountedStatements.count(READS_STUDENTS);
        SessionBoard board = boards.board(teacher, session.id());
        java.util.Map<String, Long> ran = new java.util.TreeMap<>(CountedStatements.byText(READS_ANSWERS));
        ran.replaceAll((text, count) -> count - textsBefore.getOrDefault(text, 0L));
        ran.values().removeIf(count -> count == 0);
        assertThat(CountedStatements.count(READS_ANSWERS) - answersBefore)
                .as("statements reading every answer: %s", ran)
                .isEqualTo(1);
        assertThat(CountedStatements.count(READS_STUDENTS) - studentsBefore)
                .as("statements reading the students")
                .isEqualTo(1);

        assertThat(board.progress().rows()).hasSize(3);
        assertThat(board.results().question("s1-q1").answered()).isEqualTo(3);
    }

    @Test
    void the_teacher_screens_of_one_session_share_one_read_until_the_class_changes_each_checked() {
        Fixtures.Account owner = fixtures.account(Role.TEACHER);
        SessionSummary session = fixtures.session(owner.actor(), Feedback.IMMEDIATE, 2);
        QuestionContent q = fixtures.bundledLesson().question("s1-q1").orElseThrow();
        List<String> tokens = new java.util.ArrayList<>();
        for (String name : List.of("Ana", "Ben", "Cleo")) {
            tokens.add(joins.join(session.joinCode(), name).resumeToken());
        }
        answer(tokens.get(0), q);

        long before = CountedStatements.count(READS_ANSWERS);
        SessionBoard dashboard = boards.board(owner.actor(), session.id());
        SessionBoard secondTab = boards.board(owner.actor(), session.id());
        SessionBoard projector = boards.board(fixtures.admin(), session.id());
        assertThat(CountedStatements.count(READS_ANSWERS) - before)
                .as("three teacher screens after one change read the answers once")
                .isEqualTo(1);
        assertThat(secondTab).isSameAs(dashboard);
        assertThat(projector).isSameAs(dashboard);

        assertThatThrownBy(() -> boards.board(fixtures.teacher(), session.id()))
                .as("another teacher is refused, read or not")
                .isInstanceOf(NotAllowedException.class);
        Fixtures.Account disabled = fixtures.account(Role.TEACHER);
        SessionSummary theirs = fixtures.session(disabled.actor(), Feedback.IMMEDIATE, 2);
        boards.board(disabled.actor(), theirs.id());
        accounts.setEnabled(fixtures.admin(), disabled.actor().accountId(), false);
        assertThatThrownBy(() -> boards.board(disabled.actor(), theirs.id()))
                .as("a board kept for a session is not handed to its owner once disabled")
                .isInstanceOf(AccountDisabledException.class);

        answer(tokens.get(1), q);
        long beforeNext = CountedStatements.count(READS_ANSWERS);
        SessionBoard after = boards.board(owner.actor(), session.id());
        assertThat(CountedStatements.count(READS_ANSWERS) - beforeNext)
                .as("the next change is read again")
                .isEqualTo(1);
        assertThat(after.results().question("s1-q1").answered()).isEqualTo(2);
        assertThat(boards.board(owner.actor(), session.id())).isSameAs(after);
    }

    private void answer(String token, QuestionContent q) {
        answers.submit(
                token,
                q.key(),
                UUID.randomUUID().toString(),
                AnswerInput.choice(List.of(String.valueOf(q.options().get(0).id()))));
    }
}
