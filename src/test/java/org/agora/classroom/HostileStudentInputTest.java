package org.agora.classroom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;
import org.agora.AgoraTest;
import org.agora.Fixtures;
import org.agora.HostileInputs;
import org.agora.HostileTally;
import org.agora.account.Actor;
import org.agora.base.TextRules;
import org.agora.lesson.LessonContent.QuestionContent;
import org.agora.lesson.QuestionType;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Generated hostile names, join codes, short answers and arguments through the services a
 * student's screen calls: each is refused with a clear message and nothing written, or stored
 * as the plain text the student typed (trimmed and normalised as documented in {@link TextRules}).
 */
class HostileStudentInputTest extends AgoraTest {

    private static final int ATTEMPTS = 3;

    @Autowired
    JoinService joins;

    @Autowired
    AnswerService answers;

    @Autowired
    StudentService students;

    @Autowired
    ClassBoards boards;

    @Autowired
    Fixtures fixtures;

    @Autowired
    JdbcTemplate jdbc;

    private SessionSummary session;

    @BeforeEach
    void openSession() {
        Actor teacher = fixtures.teacher();
        session = fixtures.session(teacher, Feedback.IMMEDIATE, ATTEMPTS);
    }

    @Test
    void hostile_display_names_are_refused_with_a_message_or_stored_as_typed() {
        HostileInputs inputs = HostileInputs.forTest("display names");
        HostileTally tally = new HostileTally("display names", jdbc);
        for (int i = 0; i < 200; i++) {
            String name = inputs.text(JoinService.NAME_MAX);
            tally.attempt(name, () -> {
                JoinTicket ticket = joins.join(session.joinCode(), name);
                String expected = TextRules.clean(name);
                assertThat(ticket.displayName()).isEqualTo(expected);
                assertThat(students.resume(ticket.resumeToken()).orElseThrow().displayName())
                        .isEqualTo(expected);
                assertThat(jdbc.queryForObject(
                                "select display_name from participant where id = ?",
                                String.class,
                                ticket.participantId()))
                        .isEqualTo(expected);
            });
        }
        tally.report();
        assertThat(tally.tried()).isEqualTo(200);
    }

    @Test
    void hostile_join_codes_are_refused_with_a_message() {
        HostileInputs inputs = HostileInputs.forTest("join codes");
        HostileTally tally = new HostileTally("join codes", jdbc);
        for (int i = 0; i < 100; i++) {
            String code = i % 3 == 0 ? session.joinCode() + inputs.pick() : inputs.text(JoinCode.LENGTH);
            String name = "Coder " + i;
            tally.attempt(code, () -> {
                JoinTicket ticket = joins.join(code, name);
                // Only a code that reads as this session's code (spaces and dashes dropped) may let anyone in.
                assertThat(JoinCode.normalize(code)).contains(session.joinCode());
                assertThat(ticket.sessionId()).isEqualTo(session.id());
            });
        }
        tally.report();
        assertThat(tally.tried()).isEqualTo(100);
    }

    @Test
    void hostile_short_answers_are_refused_with_a_message_or_stored_as_typed() {
        HostileInputs inputs = HostileInputs.forTest("short answers");
        HostileTally tally = new HostileTally("short answers", jdbc);
        QuestionContent question = first(QuestionType.SHORT_TEXT);
        Student student = new Student(ATTEMPTS);
        for (int i = 0; i < 200; i++) {
            String text = inputs.text(AnswerInput.SHORT_TEXT_MAX);
            String token = student.token();
            tally.attempt(text, () -> {
                SavedAnswer saved =
                        answers.submit(token, question.key(), UUID.randomUUID().toString(), AnswerInput.text(text));
                student.stored();
                String expected = TextRules.clean(TextRules.withoutHiddenCharacters(text, false));
                assertThat(saved.input().text()).isEqualTo(expected);
                assertThat(storedText(saved)).isEqualTo(expected).satisfies(HostileStudentInputTest::nothingHidden);
            });
        }
        tally.report();
        assertThat(tally.tried()).isEqualTo(200);
    }

    @Test
    void hostile_arguments_are_refused_with_a_message_or_stored_as_typed() {
        HostileInputs inputs = HostileInputs.forTest("arguments");
        HostileTally tally = new HostileTally("debate arguments", jdbc);
        QuestionContent question = first(QuestionType.DEBATE);
        Student student = new Student(AttemptPolicy.STANCE_REVISIONS);
        for (int i = 0; i < 200; i++) {
            String text = inputs.sentence(AnswerInput.ARGUMENT_MAX);
            int stance = 1 + inputs.nextInt(5);
            String token = student.token();
            tally.attempt(text, () -> {
                SavedAnswer saved = answers.submit(
                        token, question.key(), UUID.randomUUID().toString(), AnswerInput.stance(stance, text));
                student.stored();
                String expected = TextRules.withoutHiddenCharacters(text, true).strip();
                assertThat(saved.input().text()).isEqualTo(expected);
                assertThat(storedText(saved)).isEqualTo(expected).satisfies(HostileStudentInputTest::nothingHidden);
            });
        }
        tally.report();
        assertThat(tally.tried()).isEqualTo(200);
    }

    /** No control character but the line break, no lone surrogate half, no invisible format character but the joiner. */
    private static void nothingHidden(String stored) {
        assertThat(stored.codePoints().filter(cp -> cp != '\n' && cp != 0x200D).map(Character::getType))
                .doesNotContain((int) Character.CONTROL, (int) Character.SURROGATE, (int) Character.FORMAT);
    }

    private String storedText(SavedAnswer saved) {
        return jdbc.queryForObject(
                "select a.text from answer a join participant p on p.id = a.participant_id "
                        + "where p.session_id = ? order by a.id desc limit 1",
                String.class,
                session.id());
    }

    private QuestionContent first(QuestionType type) {
        return fixtures.bundledLesson().allQuestions().stream()
                .filter(q -> q.type() == type)
                .findFirst()
                .orElseThrow();
    }

    /** The student answering now; a new one joins when this one has used all tries, so refusals come from the input. */
    private final class Student {

        private final int tries;
        private String token;
        private int used;
        private int number;

        Student(int tries) {
            this.tries = tries;
        }

        String token() {
            if (token == null || used == tries) {
                token = joins.join(session.joinCode(), "Answerer " + ++number).resumeToken();
                used = 0;
            }
            return token;
        }

        void stored() {
            used++;
        }
    }

    @Test
    void a_student_s_place_is_never_shown_under_another_class_s_state() {
        StudentPlace place = students.resume(
                        joins.join(session.joinCode(), "Fern").resumeToken())
                .orElseThrow();
        SessionSummary other = fixtures.session(fixtures.teacher(), Feedback.IMMEDIATE, ATTEMPTS);
        ClassState otherState = boards.read(other.id()).orElseThrow();

        assertThatThrownBy(() -> students.under(place, place.answers(), otherState))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("is not the state of the student's session");
        StudentPlace own =
                students.under(place, place.answers(), boards.read(session.id()).orElseThrow());
        assertThat(own.sessionId()).isEqualTo(session.id());
    }
}
