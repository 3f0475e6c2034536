package org.agora.classroom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import org.agora.AgoraTest;
import org.agora.Fixtures;
import org.agora.account.Actor;
import org.agora.base.BadInputException;
import org.agora.base.NotAllowedException;
import org.agora.classroom.DeviceLinks.TeacherLink;
import org.agora.lesson.LessonContent.QuestionContent;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/** A student who lost their device is let back in by the teacher: a code, a link, a QR code. */
class TeacherDeviceLinksTest extends AgoraTest {

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
    Clock clock;

    @Autowired
    ParticipantLookup lookup;

    @Autowired
    ParticipantRepository participants;

    @Autowired
    ParticipantKeyRepository keys;

    @Autowired
    ClassSessionRepository sessions;

    @Autowired
    ClassSessionService sessionService;

    @Autowired
    TransactionTemplate transactions;

    private Actor teacher;
    private SessionSummary session;
    private String lostDevice;
    private long dana;
    private QuestionContent q;

    @BeforeEach
    void setUp() {
        teacher = fixtures.teacher();
        session = fixtures.session(teacher, Feedback.IMMEDIATE, 1);
        JoinTicket ticket = joins.join(session.joinCode(), "Dana");
        lostDevice = ticket.resumeToken();
        dana = ticket.participantId();
        q = fixtures.bundledLesson().sections().get(0).questions().get(0);
        answers.submit(lostDevice, q.key(), UUID.randomUUID().toString(), AnswerServiceTest.rightAnswer(q));
    }

    private static JoinClient browser(String id) {
        return new JoinClient(id, "10.0.0.1");
    }

    private void assertDanasPlace(String deviceToken) {
        StudentPlace place = students.resume(deviceToken).orElseThrow();
        assertThat(place.participantId()).isEqualTo(dana);
        assertThat(place.displayName()).isEqualTo("Dana");
        assertThat(place.answers()).containsOnlyKeys(q.key());
        assertThat(place.answers().get(q.key()).correct()).isTrue();
    }

    @Test
    void the_link_gives_a_new_device_the_student_s_place_with_every_answer_once_and_the_old_device_keeps_working() {
        TeacherLink link = links.createForStudent(teacher, session.id(), dana);
        assertThat(Duration.between(clock.instant(), link.expiresAt()))
                .isBetween(Duration.ofMinutes(9), Duration.ofMinutes(10));
        assertThat(links.peek(link.token())).contains(new DeviceLinks.LinkedPlace("Dana", session.title()));

        String newDevice = links.open(link.token()).orElseThrow();

        assertDanasPlace(newDevice);
        assertThat(links.open(link.token())).as("the link works once").isEmpty();
        assertThat(links.openCode(link.code(), browser("b1")))
                .as("its code was the same one-time key")
                .isEmpty();
        assertThat(students.resume(lostDevice))
                .as("the old device keeps working")
                .isPresent();
    }

    @Test
    void the_code_read_aloud_and_typed_in_any_case_with_spaces_gives_the_place_once() {
        TeacherLink link = links.createForStudent(teacher, session.id(), dana);
        assertThat(link.code()).matches("[A-Z2-9]{4}-[A-Z2-9]{4}");
        assertThat(link.code().replace("-", "").chars()).allMatch(c -> JoinCode.ALPHABET.indexOf(c) >= 0);
        String typed = " " + link.code().toLowerCase().replace("-", " ") + " ";

        String newDevice = links.openCode(typed, browser("b1")).orElseThrow();

        assertDanasPlace(newDevice);
        assertThat(links.openCode(link.code(), browser("b1"))).isEmpty();
        assertThat(links.open(link.token())).isEmpty();
    }

    @Test
    void a_newer_code_replaces_an_unused_older_one() {
        TeacherLink older = links.createForStudent(teacher, session.id(), dana);
        TeacherLink newer = links.createForStudent(teacher, session.id(), dana);
        assertThat(links.openCode(older.code(), browser("b1"))).isEmpty();
        assertThat(links.open(older.token())).isEmpty();
        assertThat(links.openCode(newer.code(), browser("b1"))).isPresent();
    }

    @Test
    void after_ten_minutes_neither_the_code_nor_the_link_opens_anything() {
        TeacherLink link = links.createForStudent(teacher, session.id(), dana);
        DeviceLinks later = new DeviceLinks(
                lookup,
                participants,
                keys,
                sessions,
                sessionService,
                new JoinThrottle(clock),
                Clock.offset(clock, DeviceLinks.LIFETIME.plusSeconds(1)));
        Optional<DeviceLinks.LinkedPlace> peeked = transactions.execute(tx -> later.peek(link.token()));
        Optional<String> opened = transactions.execute(tx -> later.open(link.token()));
        Optional<String> typed = transactions.execute(tx -> later.openCode(link.code(), browser("b1")));
        assertThat(peeked).isEmpty();
        assertThat(opened).isEmpty();
        assertThat(typed).isEmpty();
        assertThat(links.openCode(link.code(), browser("b1")))
                .as("still usable just before")
                .isPresent();
    }

    @Test
    void only_the_session_s_teacher_or_an_admin_may_let_a_student_back_in() {
        Actor other = fixtures.teacher();
        assertThatThrownBy(() -> links.createForStudent(other, session.id(), dana))
                .isInstanceOf(NotAllowedException.class);
        SessionSummary own = fixtures.session(other, Feedback.IMMEDIATE, 1);
        assertThatThrownBy(() -> links.createForStudent(other, own.id(), dana))
                .as("not through a session of their own")
                .isInstanceOf(BadInputException.class)
                .hasMessageContaining("no longer in this class");
        assertThat(keys.findAll()).noneMatch(k -> k.getParticipantId() == dana);
        TeacherLink byAdmin = links.createForStudent(fixtures.admin(), session.id(), dana);
        assertThat(links.openCode(byAdmin.code(), browser("b1"))).isPresent();
    }

    @Test
    void wrong_codes_are_throttled_per_browser_so_codes_cannot_be_guessed() {
        TeacherLink link = links.createForStudent(teacher, session.id(), dana);
        for (int i = 0; i < JoinThrottle.PER_BROWSER; i++) {
            assertThat(links.openCode("ZZZZ-ZZZ" + (i % 8 + 2), browser("guesser")))
                    .isEmpty();
        }
        assertThatThrownBy(() -> links.openCode(link.code(), browser("guesser")))
                .isInstanceOf(BadInputException.class)
                .hasMessageContaining("Too many wrong codes");
        Optional<String> elsewhere = links.openCode(link.code(), browser("another"));
        assertThat(elsewhere)
                .as("the right code still works from another browser")
                .isPresent();
    }
}
