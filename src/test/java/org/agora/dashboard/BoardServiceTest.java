package org.agora.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;
import org.agora.AgoraTest;
import org.agora.CountedStatements;
import org.agora.Fixtures;
import org.agora.account.Actor;
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
    ProgressService progress;

    @Autowired
    ResultsService results;

    @Autowired
    AnswerService answers;

    @Autowired
    JoinService joins;

    @Autowired
    Fixtures fixtures;

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

        assertThat(board.progress()).isEqualTo(progress.progress(teacher, session.id()));
        assertThat(board.results()).isEqualTo(results.results(teacher, session.id()));
        assertThat(board.progress().rows()).hasSize(3);
        assertThat(board.results().question("s1-q1").answered()).isEqualTo(3);
    }
}
