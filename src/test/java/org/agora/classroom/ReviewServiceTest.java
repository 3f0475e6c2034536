package org.agora.classroom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.agora.AgoraTest;
import org.agora.Fixtures;
import org.agora.account.Actor;
import org.agora.base.BadInputException;
import org.agora.base.NotAllowedException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class ReviewServiceTest extends AgoraTest {

    @Autowired
    ReviewService review;

    @Autowired
    AnswerService answers;

    @Autowired
    JoinService joins;

    @Autowired
    StudentService students;

    @Autowired
    WallService walls;

    @Autowired
    ClassSessionService sessions;

    @Autowired
    Fixtures fixtures;

    private Actor teacher;
    private SessionSummary session;
    private String ana;
    private String ben;
    private String cleo;

    @BeforeEach
    void setUp() {
        teacher = fixtures.teacher();
        session = sessions.create(
                teacher,
                fixtures.bundledRevision(),
                new SessionSettings("Review", Feedback.IMMEDIATE, 1, Pacing.SELF_PACED, null, Gate.OFF, true, false));
        ana = joins.join(session.joinCode(), "Ana").resumeToken();
        ben = joins.join(session.joinCode(), "Ben").resumeToken();
        cleo = joins.join(session.joinCode(), "Cleo").resumeToken();
        argue(ana, 5, "Kazakhstan talks to everyone, so it can host.");
        argue(ben, 1, "A small country cannot make Russia listen.");
        argue(cleo, 4, "Astana hosted talks before, in 2015.");
        sessions.showWall(teacher, session.id(), true);
    }

    private void argue(String token, int stance, String argument) {
        answers.submit(token, "s1-d1", UUID.randomUUID().toString(), AnswerInput.stance(stance, argument));
    }

    private long answerOf(String name) {
        return review.arguments(teacher, session.id(), "s1-d1").stream()
                .filter(i -> i.studentName().equals(name))
                .findFirst()
                .orElseThrow()
                .answerId();
    }

    @Test
    void scores_and_a_comment_reach_the_student_only_when_released() {
        ReviewItem scored = review.score(teacher, session.id(), answerOf("Ana"), 2, 1, 2, "Name the 2015 talks.");
        assertThat(scored.scored()).isTrue();
        assertThat(scored.released()).isFalse();
        assertThat(students.resume(ana).orElseThrow().answers().get("s1-d1").review())
                .isNull();

        assertThat(review.release(teacher, session.id())).isEqualTo(1);
        RubricFeedback seen =
                students.resume(ana).orElseThrow().answers().get("s1-d1").review();
        assertThat(seen).isEqualTo(new RubricFeedback(2, 1, 2, "Name the 2015 talks."));
        assertThat(seen.total()).isEqualTo(5);
        assertThat(students.resume(ben).orElseThrow().answers().get("s1-d1").review())
                .isNull();
        assertThat(review.release(teacher, session.id()))
                .as("nothing new to release")
                .isZero();

        review.score(teacher, session.id(), answerOf("Ana"), 2, 2, 2, "");
        assertThat(students.resume(ana).orElseThrow().answers().get("s1-d1").review())
                .as("a changed review waits for the next release")
                .isNull();
    }

    @Test
    void scores_out_of_range_long_comments_and_foreign_answers_are_refused_and_nothing_is_stored() {
        long answer = answerOf("Ana");
        assertThatThrownBy(() -> review.score(teacher, session.id(), answer, 3, 0, 0, null))
                .isInstanceOf(BadInputException.class)
                .hasMessage("Each score is from 0 to 2.");
        assertThatThrownBy(() -> review.score(teacher, session.id(), answer, 0, -1, 0, null))
                .isInstanceOf(BadInputException.class);
        assertThatThrownBy(() -> review.score(teacher, session.id(), answer, 1, 1, 1, "x".repeat(1001)))
                .hasMessageContaining("limit is 1,000");
        assertThatThrownBy(() -> review.score(teacher, session.id(), answer, 1, 1, 1, "a\u0000b"))
                .hasMessageContaining("invisible");
        assertThat(review.arguments(teacher, session.id(), "s1-d1"))
                .allSatisfy(i -> assertThat(i.scored()).isFalse());

        SessionSummary other = fixtures.session(teacher, Feedback.IMMEDIATE, 1);
        assertThatThrownBy(() -> review.score(teacher, other.id(), answer, 1, 1, 1, null))
                .hasMessage("That argument is not part of this session.");
        assertThatThrownBy(() -> review.arguments(teacher, session.id(), "s1-q1"))
                .hasMessage("Only debate questions have arguments to review.");
    }

    @Test
    void another_teacher_is_refused_through_the_service() {
        Actor intruder = fixtures.teacher();
        long answer = answerOf("Ana");
        assertThatThrownBy(() -> review.arguments(intruder, session.id(), "s1-d1"))
                .isInstanceOf(NotAllowedException.class)
                .hasMessageContaining("not one of yours");
        assertThatThrownBy(() -> review.score(intruder, session.id(), answer, 1, 1, 1, null))
                .isInstanceOf(NotAllowedException.class);
        assertThatThrownBy(() -> review.release(intruder, session.id())).isInstanceOf(NotAllowedException.class);
        assertThatThrownBy(() -> review.spotlight(intruder, session.id(), answer))
                .isInstanceOf(NotAllowedException.class);
    }

    @Test
    void hiding_an_argument_takes_it_off_the_wall_which_then_has_too_few_to_show() {
        Wall.Question before = walls.wallFor(ana).questions().get(0);
        assertThat(before.count()).isEqualTo(3);
        assertThat(before.shown()).isTrue();

        review.moderate(teacher, session.id(), answerOf("Ben"), WallStatus.HIDDEN);

        Wall.Question after = walls.wallFor(ana).questions().get(0);
        assertThat(after.count()).isEqualTo(2);
        assertThat(after.shown()).isFalse();
        assertThat(after.byStance().values().stream().flatMap(List::stream).map(Wall.Argument::text))
                .doesNotContain("A small country cannot make Russia listen.");

        argue(ben, 1, "A small country cannot make Russia listen.");
        assertThat(walls.wallFor(ana).questions().get(0).count())
                .as("sending it again does not bring it back")
                .isEqualTo(2);
        assertThat(review.arguments(teacher, session.id(), "s1-d1").stream()
                        .filter(i -> i.studentName().equals("Ben"))
                        .findFirst()
                        .orElseThrow()
                        .wall())
                .isEqualTo(WallStatus.PENDING);
        review.moderate(teacher, session.id(), answerOf("Ben"), WallStatus.APPROVED);
        assertThat(walls.wallFor(ana).questions().get(0).count()).isEqualTo(3);
    }

    @Test
    void in_a_premoderated_session_the_wall_shows_only_what_the_teacher_approved() {
        SessionSummary strict = sessions.create(
                teacher,
                fixtures.bundledRevision(),
                new SessionSettings("Strict", Feedback.IMMEDIATE, 1, Pacing.SELF_PACED, null, Gate.OFF, true, true));
        String dana = joins.join(strict.joinCode(), "Dana").resumeToken();
        answers.submit(dana, "s1-d1", UUID.randomUUID().toString(), AnswerInput.stance(2, "Not a mediator yet."));
        sessions.showWall(teacher, strict.id(), true);
        long answer = review.arguments(teacher, strict.id(), "s1-d1").get(0).answerId();
        assertThat(review.arguments(teacher, strict.id(), "s1-d1").get(0).wall())
                .isEqualTo(WallStatus.PENDING);
        assertThat(walls.wallFor(dana).questions().get(0).count()).isZero();
        assertThatThrownBy(() -> review.spotlight(teacher, strict.id(), answer))
                .hasMessage("Only an approved argument can go on the projector.");

        review.moderate(teacher, strict.id(), answer, WallStatus.APPROVED);
        assertThat(walls.wallFor(dana).questions().get(0).count()).isEqualTo(1);
    }

    @Test
    void the_spotlight_shows_an_approved_argument_without_its_author_and_goes_out_when_hidden() {
        long answer = answerOf("Cleo");
        review.spotlight(teacher, session.id(), answer);
        ReviewService.Spotlight shown = review.spotlight(teacher, session.id()).orElseThrow();
        assertThat(shown.argument()).isEqualTo("Astana hosted talks before, in 2015.");
        assertThat(shown.stance()).isEqualTo(4);
        assertThat(shown.toString()).doesNotContain("Cleo");

        review.moderate(teacher, session.id(), answerOf("Ana"), WallStatus.HIDDEN);
        assertThat(review.spotlight(teacher, session.id()))
                .as("only two approved now: too few to show one")
                .isEmpty();
        review.moderate(teacher, session.id(), answerOf("Ana"), WallStatus.APPROVED);
        assertThat(review.spotlight(teacher, session.id())).isPresent();

        review.moderate(teacher, session.id(), answer, WallStatus.HIDDEN);
        assertThat(review.spotlight(teacher, session.id())).isEmpty();
    }

    @Test
    void approving_all_shown_approves_those_waiting_leaves_hidden_ones_hidden_and_not_those_sent_since() {
        SessionSummary strict = sessions.create(
                teacher,
                fixtures.bundledRevision(),
                new SessionSettings("Strict", Feedback.IMMEDIATE, 1, Pacing.SELF_PACED, null, Gate.OFF, true, true));
        Map<String, String> tokens = new LinkedHashMap<>();
        for (String name : List.of("Dana", "Eli", "Finn", "Gus")) {
            tokens.put(name, joins.join(strict.joinCode(), name).resumeToken());
            argue(tokens.get(name), 3, name + " has a point.");
        }
        List<ReviewItem> shown = review.arguments(teacher, strict.id(), "s1-d1");
        review.moderate(teacher, strict.id(), shown.get(3).answerId(), WallStatus.HIDDEN);
        String hana = joins.join(strict.joinCode(), "Hana").resumeToken();
        argue(hana, 3, "Sent after the teacher looked.");
        List<Long> ids = shown.stream().map(ReviewItem::answerId).toList();

        assertThatThrownBy(() -> review.approveWaiting(fixtures.teacher(), strict.id(), "s1-d1", ids))
                .isInstanceOf(NotAllowedException.class);
        assertThat(review.approveWaiting(teacher, strict.id(), "s1-d1", ids)).isEqualTo(3);

        assertThat(review.arguments(teacher, strict.id(), "s1-d1").stream()
                        .map(i -> i.studentName() + " " + i.wall())
                        .toList())
                .containsExactly("Dana APPROVED", "Eli APPROVED", "Finn APPROVED", "Gus HIDDEN", "Hana PENDING");
        sessions.showWall(teacher, strict.id(), true);
        Wall.Question wall = walls.wallFor(hana).questions().get(0);
        assertThat(wall.count()).isEqualTo(3);
        assertThat(wall.shown()).isTrue();
        assertThat(review.approveWaiting(teacher, strict.id(), "s1-d1", ids))
                .as("nothing is waiting any more")
                .isZero();
        assertThat(review.approveWaiting(teacher, session.id(), "s1-d1", ids))
                .as("arguments of another session are not this session's to approve")
                .isZero();
    }

    @Test
    void a_question_with_too_few_approved_arguments_is_refused_the_spotlight_with_how_many_more_it_needs() {
        SessionSummary small = fixtures.session(teacher, Feedback.IMMEDIATE, 1);
        String dana = joins.join(small.joinCode(), "Dana").resumeToken();
        answers.submit(dana, "s1-d1", UUID.randomUUID().toString(), AnswerInput.stance(2, "Not a mediator yet."));
        long answer = review.arguments(teacher, small.id(), "s1-d1").get(0).answerId();

        assertThatThrownBy(() -> review.spotlight(teacher, small.id(), answer))
                .isInstanceOf(BadInputException.class)
                .hasMessage("Not on the projector: this question has 1 approved argument and the spotlight needs 3."
                        + " Approve 2 more.");
        SessionSummary after = sessions.get(teacher, small.id());
        assertThat(after.spotlightAnswerId()).as("nothing stored").isNull();
        assertThat(after.projector()).isEqualTo(ProjectorChoice.CODE);
    }

    @Test
    void putting_an_argument_in_the_spotlight_turns_the_projector_to_it() {
        review.spotlight(teacher, session.id(), answerOf("Ben"));
        assertThat(sessions.get(teacher, session.id()).projector())
                .isEqualTo(ProjectorChoice.of(ProjectorMode.SPOTLIGHT));
        assertThat(review.spotlight(teacher, session.id()).orElseThrow().argument())
                .isEqualTo("A small country cannot make Russia listen.");
    }

    @Test
    void the_wall_names_authors_only_when_the_session_allows_it() {
        assertThat(walls.wallFor(ana).questions().get(0).byStance().values().stream()
                        .flatMap(List::stream))
                .allSatisfy(argument -> assertThat(argument.author()).isNull());

        SessionSummary named = sessions.create(
                teacher,
                fixtures.bundledRevision(),
                new SessionSettings(
                        "Named", Feedback.IMMEDIATE, 1, Pacing.SELF_PACED, null, Gate.OFF, true, false, true));
        String dana = joins.join(named.joinCode(), "Dana").resumeToken();
        answers.submit(dana, "s1-d1", UUID.randomUUID().toString(), AnswerInput.stance(2, "Not a mediator yet."));
        sessions.showWall(teacher, named.id(), true);
        assertThat(walls.wallFor(dana).questions().get(0).byStance().get(2))
                .containsExactly(new Wall.Argument("Not a mediator yet.", "Dana"));
        assertThat(walls.wallFor(dana).names()).isTrue();
        assertThat(students.resume(dana).orElseThrow().wallNames()).isTrue();
    }
}
