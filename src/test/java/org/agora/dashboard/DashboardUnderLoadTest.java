package org.agora.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Span;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicReference;
import org.agora.AgoraTest;
import org.agora.Fixtures;
import org.agora.account.Actor;
import org.agora.base.live.LiveUpdateHub;
import org.agora.base.ui.LiveRefresh;
import org.agora.classroom.AnswerInput;
import org.agora.classroom.AnswerService;
import org.agora.classroom.Feedback;
import org.agora.classroom.JoinService;
import org.agora.classroom.SessionSummary;
import org.agora.lesson.LessonContent;
import org.agora.lesson.LessonContent.OptionContent;
import org.agora.lesson.LessonContent.QuestionContent;
import org.agora.lesson.QuestionType;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Forty students answer at once while a dashboard follows the session through the real hub:
 * the dashboard ends on the right figures, and its refreshes stay coalesced (a few per second,
 * however fast the answers come).
 */
class DashboardUnderLoadTest extends AgoraTest {

    private static final int STUDENTS = 40;

    @Autowired
    BoardService boards;

    @Autowired
    JoinService joins;

    @Autowired
    AnswerService answers;

    @Autowired
    LiveUpdateHub hub;

    @Autowired
    Fixtures fixtures;

    @BeforeEach
    void setUp() {
        MockVaadin.setup();
    }

    @AfterEach
    void tearDown() {
        MockVaadin.tearDown();
    }

    @Test
    void forty_students_answering_at_once_end_on_the_right_figures_with_coalesced_refreshes() throws Exception {
        Actor teacher = fixtures.teacher();
        SessionSummary session = fixtures.session(teacher, Feedback.IMMEDIATE, 1);
        LessonContent lesson = fixtures.bundledLesson();
        List<QuestionContent> choices = lesson.allQuestions().stream()
                .filter(q -> q.type() == QuestionType.SINGLE_CHOICE || q.type() == QuestionType.TRUE_FALSE)
                .toList();
        List<String> tokens = new ArrayList<>();
        for (int i = 0; i < STUDENTS; i++) {
            tokens.add(joins.join(session.joinCode(), "Student " + i).resumeToken());
        }

        List<Long> loads = new CopyOnWriteArrayList<>();
        AtomicReference<SessionProgress> onScreen = new AtomicReference<>();
        Span dashboard = new Span();
        UI.getCurrent().add(dashboard);
        LiveRefresh<SessionProgress> live = new LiveRefresh<>(
                dashboard,
                hub,
                () -> {
                    loads.add(System.nanoTime());
                    return boards.board(teacher, session.id()).progress();
                },
                onScreen::set);
        live.follow(UI.getCurrent(), session.id());

        // Every student answers every choice and true/false question; even-numbered students right.
        ExecutorService pool = Executors.newFixedThreadPool(8);
        long started = System.nanoTime();
        try {
            List<Future<?>> sent = new ArrayList<>();
            for (int i = 0; i < STUDENTS; i++) {
                String token = tokens.get(i);
                boolean right = i % 2 == 0;
                sent.add(pool.submit(() -> {
                    for (QuestionContent q : choices) {
                        OptionContent option = q.options().stream()
                                .filter(o -> o.correct() == right)
                                .findFirst()
                                .orElseThrow();
                        answers.submit(
                                token,
                                q.key(),
                                UUID.randomUUID().toString(),
                                AnswerInput.choice(List.of(String.valueOf(option.id()))));
                    }
                }));
            }
            for (Future<?> f : sent) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
        long answered = System.nanoTime();
        int expected = STUDENTS * choices.size();

        // The screen catches up: run the UI's queued pushes until it shows every answer (bounded).
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (onScreen.get() == null || onScreen.get().session().answerCount() < expected) {
            assertThat(System.nanoTime())
                    .as("the dashboard caught up within 20 s")
                    .isLessThan(deadline);
            MockVaadin.clientRoundtrip();
            Thread.onSpinWait();
        }
        live.stop();

        SessionProgress shown = onScreen.get();
        assertThat(shown.rows()).hasSize(STUDENTS);
        assertThat(shown.rows())
                .allSatisfy(row -> choices.forEach(
                        q -> assertThat(row.cell(q.key())).isIn(ProgressCell.RIGHT, ProgressCell.WRONG)));
        QuestionResult first = boards.board(teacher, session.id())
                .results()
                .question(choices.get(0).key());
        assertThat(first.answered()).isEqualTo(STUDENTS);
        assertThat(first.shareRight()).isEqualTo(0.5);

        double seconds = Math.max(1e-9, (answered - started) / 1e9);
        int busiestSecond = busiestSecond(loads);
        System.out.printf(
                "dashboard under load: %d answers in %.2f s (%.0f/s); %d refreshes; busiest second %d%n",
                expected, seconds, expected / seconds, loads.size(), busiestSecond);
        assertThat(busiestSecond).as("refreshes in any one second").isLessThanOrEqualTo(5);
        assertThat(loads.size()).as("far fewer refreshes than answers").isLessThan(expected / 4);
    }

    /** The most loads that fell within any one-second window. */
    private static int busiestSecond(List<Long> times) {
        int most = 0;
        for (int i = 0; i < times.size(); i++) {
            int inWindow = 0;
            for (long t : times) {
                if (t >= times.get(i) && t < times.get(i) + 1_000_000_000L) {
                    inWindow++;
                }
            }
            most = Math.max(most, inWindow);
        }
        return most;
    }
}
