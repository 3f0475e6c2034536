package org.agora.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import org.agora.AgoraTest;
import org.agora.Fixtures;
import org.agora.account.Actor;
import org.agora.classroom.AnswerInput;
import org.agora.classroom.AnswerService;
import org.agora.classroom.Feedback;
import org.agora.classroom.JoinService;
import org.agora.classroom.SessionSummary;
import org.agora.lesson.LessonContent.OptionContent;
import org.agora.lesson.LessonContent.QuestionContent;
import org.agora.lesson.QuestionType;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class ProgressServiceTest extends AgoraTest {

    @Autowired
    BoardService boards;

    @Autowired
    AnswerService answers;

    @Autowired
    JoinService joins;

    @Autowired
    Fixtures fixtures;

    @Test
    void answers_count_each_student_and_question_once_and_columns_are_numbered_by_section() {
        Actor teacher = fixtures.teacher();
        SessionSummary session = fixtures.session(teacher, Feedback.IMMEDIATE, 3);
        QuestionContent q = fixtures.bundledLesson().question("s1-q1").orElseThrow();
        String ana = joins.join(session.joinCode(), "Ana").resumeToken();
        String ben = joins.join(session.joinCode(), "Ben").resumeToken();
        List<OptionContent> wrong =
                q.options().stream().filter(o -> !o.correct()).toList();
        OptionContent right =
                q.options().stream().filter(OptionContent::correct).findFirst().orElseThrow();
        for (OptionContent o : List.of(wrong.get(0), wrong.get(1), right)) {
            answers.submit(
                    ana, "s1-q1", UUID.randomUUID().toString(), AnswerInput.choice(List.of(String.valueOf(o.id()))));
        }
        answers.submit(ben, "s2-d1", UUID.randomUUID().toString(), AnswerInput.stance(3, "Not sure yet."));

        SessionProgress grid = boards.board(teacher, session.id()).progress();

        assertThat(grid.answers()).isEqualTo(2);
        assertThat(grid.columns().get(0).type()).isEqualTo(QuestionType.POLL_BEFORE);
        assertThat(grid.columns().get(0).number()).isNull();
        assertThat(grid.columns().get(1).number()).isEqualTo("1.1");
        assertThat(grid.columns().stream()
                        .filter(c -> c.key().equals("s2-d1"))
                        .findFirst()
                        .orElseThrow()
                        .number())
                .isEqualTo("2.6");
    }
}
