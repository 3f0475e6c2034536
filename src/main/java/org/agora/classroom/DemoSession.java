package org.agora.classroom;

import org.agora.account.AccountService;
import org.agora.account.Actor;
import org.agora.lesson.LessonCatalog;
import org.agora.lesson.LessonSummary;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * On first run, opens a class session on the bundled lesson and prints its join code, so a
 * newcomer can try the student side at once. {@code agora.demo-session=false} turns it off.
 */
@Component
@Order(30)
class DemoSession implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoSession.class);

    private final ClassSessionRepository sessions;
    private final ClassSessionService sessionService;
    private final LessonCatalog lessons;
    private final AccountService accounts;
    private final boolean enabled;
    private final int port;

    DemoSession(
            ClassSessionRepository sessions,
            ClassSessionService sessionService,
            LessonCatalog lessons,
            AccountService accounts,
            @Value("${agora.demo-session:true}") boolean enabled,
            @Value("${server.port:8080}") int port) {
        this.sessions = sessions;
        this.sessionService = sessionService;
        this.lessons = lessons;
        this.accounts = accounts;
        this.enabled = enabled;
        this.port = port;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!enabled || sessions.count() > 0) {
            return;
        }
        Actor admin = accounts.firstAdmin().orElse(null);
        LessonSummary lesson = lessons.publishedLessons().stream().findFirst().orElse(null);
        if (admin == null || lesson == null) {
            return;
        }
        SessionSummary demo = sessionService.create(admin, lesson.revisionId(), "Demo class", Feedback.IMMEDIATE, 2);
        log.warn(
                "\n\n    Demo class session on \"{}\": join code {}\n    Students: open http://localhost:{}/join/{}"
                        + "\n    Teachers: sign in at http://localhost:{}/login\n",
                lesson.title(),
                demo.joinCode(),
                port,
                demo.joinCode(),
                port);
    }
}
