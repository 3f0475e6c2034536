package org.agora.classroom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.agora.AgoraTest;
import org.agora.Fixtures;
import org.agora.base.NotAllowedException;
import org.agora.classroom.DeviceLinks.DeviceLink;
import org.agora.lesson.LessonContent.QuestionContent;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

class DeviceLinksTest extends AgoraTest {

    @Autowired
    DeviceLinks links;

    @Autowired
    JoinService joins;

    @Autowired
    StudentService students;

    @Autowired
    AnswerService answers;

    @Autowired
    Fixtures fixtures;

    @Autowired
    JdbcTemplate jdbc;

    private SessionSummary session;
    private String firstDevice;

    @BeforeEach
    void setUp() {
        session = fixtures.session(fixtures.teacher(), Feedback.IMMEDIATE, 1);
        firstDevice = joins.join(session.joinCode(), "Dana").resumeToken();
    }

    @Test
    void a_link_opens_the_same_place_with_every_answer_on_a_second_device_and_the_first_keeps_working() {
        QuestionContent q =
                fixtures.bundledLesson().sections().get(0).questions().get(0);
        answers.submit(firstDevice, q.key(), UUID.randomUUID().toString(), AnswerServiceTest.rightAnswer(q));
        students.moveTo(firstDevice, 1);

        DeviceLink link = links.create(firstDevice);
        assertThat(links.peek(link.token())).contains(new DeviceLinks.LinkedPlace("Dana", session.title()));
        String secondDevice = links.open(link.token()).orElseThrow();

        StudentPlace there = students.resume(secondDevice).orElseThrow();
        StudentPlace here = students.resume(firstDevice).orElseThrow();
        assertThat(there.participantId()).isEqualTo(here.participantId());
        assertThat(there.displayName()).isEqualTo("Dana");
        assertThat(there.currentSection()).isEqualTo(1);
        assertThat(there.answers()).containsOnlyKeys(q.key());
        assertThat(there.answers().get(q.key()).correct()).isTrue();
        assertThat(secondDevice).isNotEqualTo(firstDevice).isNotEqualTo(link.token());
    }

    @Test
    void a_link_works_once() {
        DeviceLink link = links.create(firstDevice);
        assertThat(links.open(link.token())).isPresent();
        assertThat(links.open(link.token())).isEmpty();
        assertThat(links.peek(link.token())).isEmpty();
    }

    @Test
    void an_expired_link_opens_nothing() {
        DeviceLink link = links.create(firstDevice);
        jdbc.update(
                "update participant_key set expires_at = dateadd('MINUTE', -1, current_timestamp) "
                        + "where token_hash = ?",
                ResumeTokens.hash(link.token()));
        assertThat(links.peek(link.token())).isEmpty();
        assertThat(links.open(link.token())).isEmpty();
    }

    @Test
    void a_new_link_replaces_the_unused_one() {
        DeviceLink older = links.create(firstDevice);
        DeviceLink newer = links.create(firstDevice);
        assertThat(links.open(older.token())).isEmpty();
        assertThat(links.open(newer.token())).isPresent();
    }

    @Test
    void a_link_is_not_a_resume_token_and_garbage_opens_nothing() {
        DeviceLink link = links.create(firstDevice);
        assertThat(students.resume(link.token())).isEmpty();
        assertThat(links.open("not-a-token")).isEmpty();
        assertThat(links.open(null)).isEmpty();
        assertThat(links.peek("x".repeat(43))).isEmpty();
        assertThatThrownBy(() -> links.create("x".repeat(43))).isInstanceOf(NotAllowedException.class);
    }

    @Test
    void two_devices_opening_one_link_at_once_get_one_place_between_them() throws Exception {
        DeviceLink link = links.create(firstDevice);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<Optional<String>>> tries = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                tries.add(() -> links.open(link.token()));
            }
            long opened = 0;
            for (Future<Optional<String>> result : pool.invokeAll(tries)) {
                opened += result.get().isPresent() ? 1 : 0;
            }
            assertThat(opened).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
    }
}
