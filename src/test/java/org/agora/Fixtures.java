package org.agora;

import java.util.UUID;

import org.agora.account.AccountService;
import org.agora.account.AccountSummary;
import org.agora.account.Actor;
import org.agora.account.Role;
import org.agora.classroom.ClassSessionService;
import org.agora.classroom.Feedback;
import org.agora.classroom.SessionSummary;
import org.agora.lesson.LessonCatalog;
import org.agora.lesson.LessonContent;
import org.springframework.stereotype.Component;

/** Builds what tests need through the same services the app uses. */
@Component
public class Fixtures {

    public static final String PASSWORD = "correct horse battery";

    private final AccountService accounts;
    private final ClassSessionService sessions;
    private final LessonCatalog lessons;

    Fixtures(AccountService accounts, ClassSessionService sessions, LessonCatalog lessons) {
        this.accounts = accounts;
        this.sessions = sessions;
        this.lessons = lessons;
    }

    public Actor admin() {
        return accounts.firstAdmin().orElseThrow();
    }

    /** A new account with a unique username; returns it with its username. */
    public Account account(Role role) {
        String username = role.name().toLowerCase() + "-" + UUID.randomUUID().toString().substring(0, 8);
        AccountSummary created = accounts.create(admin(), username, "Teacher " + username, PASSWORD, role);
        return new Account(username, new Actor(created.id(), role));
    }

    public Actor teacher() {
        return account(Role.TEACHER).actor();
    }

    public long bundledRevision() {
        return lessons.publishedLessons().stream().filter(l -> l.slug().equals("kazakhstan-syria")).findFirst()
                .orElseThrow().revisionId();
    }

    public LessonContent bundledLesson() {
        return lessons.content(bundledRevision());
    }

    public SessionSummary session(Actor owner, Feedback feedback, int attempts) {
        return sessions.create(owner, bundledRevision(), "Class " + UUID.randomUUID().toString().substring(0, 4),
                feedback, attempts);
    }

    /** An account a test can sign in with. */
    public record Account(String username, Actor actor) {
    }
}
