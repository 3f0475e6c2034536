package org.agora;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
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
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Builds what tests need through the same services the app uses. */
@Component
public class Fixtures {

    public static final String PASSWORD = "correct horse battery";

    /** What the admin typed as a fixture account's initial password. */
    private static final String GIVEN_PASSWORD = "given by the admin";

    private final AccountService accounts;
    private final ClassSessionService sessions;
    private final LessonCatalog lessons;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    Fixtures(
            AccountService accounts,
            ClassSessionService sessions,
            LessonCatalog lessons,
            JdbcTemplate jdbc,
            Clock clock) {
        this.accounts = accounts;
        this.sessions = sessions;
        this.lessons = lessons;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * Moves every moment recorded of a class session (created, closed, joins, visits, answers,
     * reviews, answers the teacher accepted) {@code age} into the past, as if nobody had used it since.
     */
    public void lastUsed(long sessionId, Duration age) {
        Timestamp then = Timestamp.from(clock.instant().minus(age));
        jdbc.update("update class_session set created_at = ?, closed_at = ? where id = ?", then, then, sessionId);
        jdbc.update(
                "update participant set joined_at = ?, last_seen_at = ? where session_id = ?", then, then, sessionId);
        jdbc.update(
                "update answer set submitted_at = ? where participant_id in "
                        + "(select id from participant where session_id = ?)",
                then,
                sessionId);
        jdbc.update(
                "update answer_review set reviewed_at = ? where answer_id in (select a.id from answer a "
                        + "join participant p on p.id = a.participant_id where p.session_id = ?)",
                then,
                sessionId);
        jdbc.update("update session_accepted_answer set accepted_at = ? where session_id = ?", then, sessionId);
    }

    public Actor admin() {
        return accounts.firstAdmin().orElseThrow();
    }

    /**
     * A new account with a unique username, whose owner has signed in once and replaced the
     * password the admin gave them by {@link #PASSWORD}; returns it with its username.
     */
    public Account account(Role role) {
        String username =
                role.name().toLowerCase() + "-" + UUID.randomUUID().toString().substring(0, 8);
        AccountSummary created = accounts.create(admin(), username, "Teacher " + username, GIVEN_PASSWORD, role);
        Actor owner = new Actor(created.id(), role);
        accounts.changeOwnPassword(owner, GIVEN_PASSWORD, PASSWORD);
        return new Account(username, owner);
    }

    public Actor teacher() {
        return account(Role.TEACHER).actor();
    }

    public long bundledRevision() {
        return lessons.publishedLessons().stream()
                .filter(l -> l.slug().equals("kazakhstan-syria"))
                .findFirst()
                .orElseThrow()
                .revisionId();
    }

    public LessonContent bundledLesson() {
        return lessons.content(bundledRevision());
    }

    public SessionSummary session(Actor owner, Feedback feedback, int attempts) {
        return sessions.create(
                owner,
                bundledRevision(),
                "Class " + UUID.randomUUID().toString().substring(0, 4),
                feedback,
                attempts);
    }

    /** An account a test can sign in with. */
    public record Account(String username, Actor actor) {}
}
