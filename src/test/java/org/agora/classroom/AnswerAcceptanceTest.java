package org.agora.classroom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.agora.AgoraTest;
import org.agora.Fixtures;
import org.agora.account.Actor;
import org.agora.base.BadInputException;
import org.agora.base.NotAllowedException;
import org.agora.base.live.LiveUpdateHub;
import org.agora.dashboard.CsvExport;
import org.agora.lesson.LessonCatalog;
import org.agora.lesson.LessonImporter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Fair marking of short answers: near spellings where the lesson allows them, and answers the teacher accepts. */
class AnswerAcceptanceTest extends AgoraTest {

    /** "In which city could the new round of Syria talks take place?" Accepted: Astana; exact. */
    private static final String CITY = "s1-q4";
    /** "Which Gulf country did Idrissov contact?" Accepted: Qatar; near spellings on. */
    private static final String GULF = "s3-q4";

    @Autowired
    AnswerAcceptance acceptance;

    @Autowired
    AnswerService answers;

    @Autowired
    JoinService joins;

    @Autowired
    StudentService students;

    @Autowired
    ClassSessionService sessions;

    @Autowired
    CsvExport csv;

    @Autowired
    LessonCatalog catalog;

    @Autowired
    LessonImporter importer;

    @Autowired
    LiveUpdateHub hub;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    SessionDeletion deletion;

    @Autowired
    Fixtures fixtures;

    private Actor teacher;
    private SessionSummary session;
    private final List<LiveUpdateHub.Subscription> subscriptions = new ArrayList<>();

    @BeforeEach
    void aClass() {
        teacher = fixtures.teacher();
        session = fixtures.session(teacher, Feedback.IMMEDIATE, 2);
    }

    @AfterEach
    void unsubscribe() {
        subscriptions.forEach(LiveUpdateHub.Subscription::cancel);
    }

    private String join(String name) {
        return joins.join(session.joinCode(), name).resumeToken();
    }

    private SavedAnswer answer(String token, String question, String text) {
        return answers.submit(token, question, UUID.randomUUID().toString(), AnswerInput.text(text));
    }

    private SavedAnswer shown(String token, String question) {
        return students.resume(token).orElseThrow().answers().get(question);
    }

    /** Counts the changes the student's own screen would follow. */
    private List<String> followed(String token) {
        List<String> heard = new ArrayList<>();
        StudentPlace place = students.resume(token).orElseThrow();
        subscriptions.add(hub.subscribe(place.sessionId(), place.concernsMe(), () -> heard.add("changed")));
        return heard;
    }

    private List<Map<String, Object>> acceptedRows() {
        return jdbc.queryForList(
                "select text, normalized, accepted_by, accepted_at from session_accepted_answer where session_id = ?",
                session.id());
    }

    @Test
    void a_near_spelling_is_right_where_the_question_accepts_them_and_wrong_where_it_does_not() throws Exception {
        String token = join("Ana");
        assertThat(answer(token, GULF, "Quatar").correct()).isTrue();
        assertThat(answer(join("Ben"), CITY, "Astna").correct()).isFalse();

        // The same lesson with the setting off on the Gulf question.
        String bundled;
        try (InputStream in = getClass().getResourceAsStream("/lessons/kazakhstan-syria.json")) {
            bundled = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        String slug = "exact-" + UUID.randomUUID().toString().substring(0, 8);
        String exact = bundled.replace("\"slug\": \"kazakhstan-syria\"", "\"slug\": \"" + slug + "\"")
                .replace(",\n            \"nearSpellings\": true", "");
        assertThat(exact).doesNotContain("nearSpellings").contains(slug);
        long revision = importer.importFile(fixtures.admin(), exact.getBytes(StandardCharsets.UTF_8));
        SessionSummary strict = sessions.create(teacher, revision, "Strict", Feedback.IMMEDIATE, 2);
        String other = joins.join(strict.joinCode(), "Cem").resumeToken();

        assertThat(answer(other, GULF, "Quatar").correct()).isFalse();
        assertThat(answer(other, GULF, "Qatar").correct()).isTrue();
    }

    @Test
    void accepting_a_wrong_answer_marks_every_student_who_gave_it_right_and_tells_their_screens() {
        String ana = join("Ana");
        String ben = join("Ben");
        String cem = join("Cem");
        assertThat(answer(ana, CITY, "Almaty").correct()).isFalse();
        assertThat(answer(ben, CITY, " ALMATY! ").correct()).isFalse();
        assertThat(answer(cem, CITY, "Moscow").correct()).isFalse();
        List<String> anaHeard = followed(ana);
        List<String> cemHeard = followed(cem);

        int remarked = acceptance.accept(teacher, session.id(), CITY, "Almaty");

        assertThat(remarked).isEqualTo(2);
        assertThat(shown(ana, CITY).correct()).isTrue();
        assertThat(shown(ana, CITY).attemptsLeft())
                .as("right: no try is needed any more")
                .isZero();
        assertThat(shown(ben, CITY).correct()).isTrue();
        assertThat(shown(cem, CITY).correct()).isFalse();
        assertThat(anaHeard).isNotEmpty();
        assertThat(cemHeard).isEmpty();
        assertThat(acceptedRows()).singleElement().satisfies(row -> {
            assertThat(row.get("TEXT")).isEqualTo("Almaty");
            assertThat(row.get("NORMALIZED")).isEqualTo("almaty");
            assertThat(((Number) row.get("ACCEPTED_BY")).longValue()).isEqualTo(teacher.accountId());
            assertThat(row.get("ACCEPTED_AT")).isNotNull();
        });
        String export = new String(csv.csv(teacher, session.id()), StandardCharsets.UTF_8);
        // Every field of the export is quoted.
        assertThat(export.lines().filter(l -> l.contains("\"" + CITY + "\"")))
                .filteredOn(l -> l.contains("Almaty") || l.contains("ALMATY"))
                .hasSize(2)
                .allMatch(l -> l.contains("\"correct\""));
        assertThat(catalog.content(session.revisionId())
                        .question(CITY)
                        .orElseThrow()
                        .acceptedAnswers())
                .as("the published revision is not changed")
                .containsExactly("Astana");
    }

    @Test
    void a_student_who_gives_an_accepted_answer_later_in_the_session_is_right_and_other_sessions_are_not_changed() {
        answer(join("Ana"), CITY, "Almaty");
        acceptance.accept(teacher, session.id(), CITY, "Almaty");
        acceptance.accept(teacher, session.id(), CITY, "almaty");

        assertThat(answer(join("Dee"), CITY, "almaty.").correct()).isTrue();
        assertThat(acceptedRows()).as("accepted once").hasSize(1);
        SessionSummary another = fixtures.session(teacher, Feedback.IMMEDIATE, 2);
        assertThat(answers.submit(
                                joins.join(another.joinCode(), "Eve").resumeToken(),
                                CITY,
                                UUID.randomUUID().toString(),
                                AnswerInput.text("Almaty"))
                        .correct())
                .isFalse();
    }

    @Test
    void only_the_sessions_teacher_or_an_admin_may_accept_and_a_refusal_changes_nothing() {
        String ana = join("Ana");
        answer(ana, CITY, "Almaty");

        assertThatThrownBy(() -> acceptance.accept(fixtures.teacher(), session.id(), CITY, "Almaty"))
                .isInstanceOf(NotAllowedException.class);
        assertThat(shown(ana, CITY).correct()).isFalse();
        assertThat(acceptedRows()).isEmpty();

        assertThat(acceptance.accept(fixtures.admin(), session.id(), CITY, "Almaty"))
                .isEqualTo(1);
        assertThat(shown(ana, CITY).correct()).isTrue();
        assertThat(((Number) acceptedRows().get(0).get("ACCEPTED_BY")).longValue())
                .isEqualTo(fixtures.admin().accountId());
    }

    @Test
    void deleting_the_session_deletes_the_answers_its_teacher_accepted() {
        answer(join("Ana"), CITY, "Almaty");
        acceptance.accept(teacher, session.id(), CITY, "Almaty");

        deletion.deleteSession(teacher, session.id());

        assertThat(acceptedRows()).isEmpty();
    }

    @Test
    void only_a_typed_answer_to_a_short_text_question_can_be_accepted() {
        assertThatThrownBy(() -> acceptance.accept(teacher, session.id(), "s1-q1", "Almaty"))
                .isInstanceOf(BadInputException.class)
                .hasMessage("Only answers to short-text questions can be accepted.");
        assertThatThrownBy(() -> acceptance.accept(teacher, session.id(), "s9-q9", "Almaty"))
                .isInstanceOf(BadInputException.class)
                .hasMessage("This question is not part of the lesson.");
        assertThatThrownBy(() -> acceptance.accept(teacher, session.id(), CITY, " ?! "))
                .isInstanceOf(BadInputException.class)
                .hasMessage("There is no answer to accept.");
        assertThatThrownBy(() -> acceptance.accept(teacher, session.id(), CITY, "x".repeat(201)))
                .isInstanceOf(BadInputException.class)
                .hasMessage("An answer has at most 200 characters.");
        assertThat(acceptedRows()).isEmpty();
    }
}
