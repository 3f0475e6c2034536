package org.agora.base.live;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.agora.Fixtures;
import org.agora.KaribuTest;
import org.agora.account.Role;
import org.agora.classroom.Feedback;
import org.agora.classroom.SessionSummary;
import org.agora.classroom.StudentPlace;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class LiveUpdateHubTest extends KaribuTest {

    @Autowired
    LiveUpdateHub hub;

    @Test
    void a_listener_hears_its_session_only_until_it_cancels() {
        AtomicInteger heard = new AtomicInteger();
        LiveUpdateHub.Subscription subscription = hub.subscribe(-1, heard::incrementAndGet);
        hub.publish(SessionChanged.paced(-1));
        hub.publish(SessionChanged.paced(-2));
        assertThat(heard).hasValue(1);
        subscription.cancel();
        hub.publish(SessionChanged.paced(-1));
        assertThat(heard).hasValue(1);
    }

    @Test
    void a_student_screen_reads_for_itself_only_its_own_changes_not_the_teacher_s_nor_the_class_s() {
        AtomicInteger heard = new AtomicInteger();
        StudentPlace me = new StudentPlace(
                7, -3, 0, "Class", "Dana", 1, Feedback.IMMEDIATE, true, 0, Map.of(), null, false, false, false);
        LiveUpdateHub.Subscription subscription = hub.subscribe(-3, me.concernsMe(), heard::incrementAndGet);
        hub.publish(new SessionChanged(-3, SessionChanged.Kind.ANSWERED, 8L));
        hub.publish(new SessionChanged(-3, SessionChanged.Kind.JOINED, 9L));
        assertThat(heard).hasValue(0);
        hub.publish(SessionChanged.paced(-3));
        assertThat(heard)
                .as("the teacher's changes come read once for the class")
                .hasValue(0);
        hub.publish(new SessionChanged(-3, SessionChanged.Kind.ANSWERED, 7L));
        hub.publish(new SessionChanged(-3, SessionChanged.Kind.PACED, 7L));
        assertThat(heard).hasValue(2);
        subscription.cancel();
    }

    @Test
    void the_dashboard_follows_its_session_while_open_and_lets_go_when_left_or_switched() {
        InProcessLiveUpdateHub inProcess = (InProcessLiveUpdateHub) hub;
        Fixtures.Account teacher = signInAs(Role.TEACHER);
        SessionSummary first = fixtures.session(teacher.actor(), Feedback.IMMEDIATE, 1);
        SessionSummary second = fixtures.session(teacher.actor(), Feedback.IMMEDIATE, 1);

        navigate("teacher/sessions/" + first.id());
        assertThat(inProcess.listenerCount(first.id())).isEqualTo(1);
        navigate("teacher/sessions/" + second.id());
        assertThat(inProcess.listenerCount(first.id())).isZero();
        assertThat(inProcess.listenerCount(second.id())).isEqualTo(1);
        navigate("teacher");
        assertThat(inProcess.listenerCount(second.id())).isZero();
    }
}
