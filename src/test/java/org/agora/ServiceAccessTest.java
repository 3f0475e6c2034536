package org.agora;

import static org.agora.ServiceAccessTest.Outcome.ALLOWED;
import static org.agora.ServiceAccessTest.Outcome.HIDDEN;
import static org.agora.ServiceAccessTest.Outcome.REFUSED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.agora.account.AccountDisabledException;
import org.agora.account.AccountService;
import org.agora.account.Actor;
import org.agora.account.AuditLog;
import org.agora.account.BackupAdministration;
import org.agora.account.CurrentActor;
import org.agora.account.Role;
import org.agora.base.BadInputException;
import org.agora.base.NotAllowedException;
import org.agora.base.Refusal;
import org.agora.classroom.AnswerAcceptance;
import org.agora.classroom.AnswerInput;
import org.agora.classroom.AnswerService;
import org.agora.classroom.ClassSessionService;
import org.agora.classroom.DeviceLinks;
import org.agora.classroom.Feedback;
import org.agora.classroom.Gate;
import org.agora.classroom.JoinService;
import org.agora.classroom.Pacing;
import org.agora.classroom.ProjectorChoice;
import org.agora.classroom.ProjectorMode;
import org.agora.classroom.ReviewService;
import org.agora.classroom.SessionDeletion;
import org.agora.classroom.SessionRecords;
import org.agora.classroom.SessionSettings;
import org.agora.classroom.SessionSummary;
import org.agora.classroom.StudentService;
import org.agora.classroom.WallService;
import org.agora.classroom.WallStatus;
import org.agora.dashboard.CsvExport;
import org.agora.lesson.ArticleImporter;
import org.agora.lesson.LessonDraft;
import org.agora.lesson.LessonDraft.Details;
import org.agora.lesson.LessonEditing;
import org.agora.lesson.LessonExporter;
import org.agora.lesson.LessonImporter;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.core.type.filter.AssignableTypeFilter;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.stereotype.Service;

/**
 * Every public method of every service, and of every other bean a screen is given, against the
 * five visitors: each either needs no check (with the reason), or is called as each visitor
 * would call it (the signed-in actor from {@link CurrentActor}, the resume token or device link
 * the browser holds) and must be allowed or refused as the table says, with nothing changed on
 * refusal. A new entry point fails here until the table classifies it.
 */
class ServiceAccessTest extends AgoraTest {

    /** What a call as one visitor comes to. */
    enum Outcome {
        /** It did its work and showed the world's object, if it lists things. */
        ALLOWED,
        /** It answered, but without the world's object (another teacher's list). */
        HIDDEN,
        /** Refused ({@link NotAllowedException} or Spring's {@link AccessDeniedException}), or found nothing. */
        REFUSED
    }

    private static final List<Outcome> OWNER_OR_ADMIN = List.of(REFUSED, REFUSED, ALLOWED, REFUSED, ALLOWED);
    private static final List<Outcome> STAFF = List.of(REFUSED, REFUSED, ALLOWED, ALLOWED, ALLOWED);
    private static final List<Outcome> OWN_LIST = List.of(REFUSED, REFUSED, ALLOWED, HIDDEN, ALLOWED);
    private static final List<Outcome> ADMIN_ONLY = List.of(REFUSED, REFUSED, REFUSED, REFUSED, ALLOWED);
    private static final List<Outcome> THE_STUDENT = List.of(REFUSED, ALLOWED, REFUSED, REFUSED, REFUSED);

    private static final String ARTICLE = "Steppe diplomacy\n\nKazakhstan hosted talks on Syria in Astana.\n\n"
            + "Its president hoped to be seen as a mediator between Russia and Turkey.";

    /** A call of one entry point as a visitor; returns what the entry point returned. */
    interface Call {
        Object on(Caller caller) throws Exception;

        /** A call with everything it needs already in hand. */
        interface Body {
            Object run();
        }
    }

    /**
     * What a visitor's browser brings to a service, the way the screens pass it: the signed-in
     * actor (refused for those not signed in), the resume token and the device link (the student's only).
     */
    record Caller(Visitor visitor, AccessWorld.World world, CurrentActor current, Object prepared, Actor held) {

        Caller(Visitor visitor, AccessWorld.World world, CurrentActor current, Object prepared) {
            this(visitor, world, current, prepared, null);
        }

        /** The actor a screen would pass: asked afresh, or the one an open screen kept from before. */
        Actor actor() {
            return held != null ? held : current.require();
        }

        String token() {
            return visitor == Visitor.STUDENT ? world.token() : null;
        }

        String link() {
            return visitor == Visitor.STUDENT ? world.deviceLink() : null;
        }

        long session() {
            return world.sessionId();
        }
    }

    /** What a call needs made beforehand, as the admin and before the "nothing changed" snapshot. */
    interface Preparation {
        Object in(AccessWorld.World world);
    }

    /**
     * Either a reason why the entry point needs no check, or what each visitor gets, how to call
     * it, and (for lists) whether an answer shows the world's object.
     */
    private record Expectation(
            String reason, List<Outcome> outcomes, Preparation prepare, Call call, Predicate<Object> shows) {}

    @Autowired
    AccessWorld worlds;

    @Autowired
    DatabaseFingerprint database;

    @Autowired
    CurrentActor currentActor;

    @Autowired
    Fixtures fixtures;

    @Autowired
    AccountService accounts;

    @Autowired
    BackupAdministration backups;

    @Autowired
    AuditLog audit;

    @Autowired
    AnswerService answers;

    @Autowired
    AnswerAcceptance acceptance;

    @Autowired
    ClassSessionService sessions;

    @Autowired
    DeviceLinks links;

    @Autowired
    JoinService joins;

    @Autowired
    ReviewService reviews;

    @Autowired
    SessionDeletion deletion;

    @Autowired
    SessionRecords records;

    @Autowired
    StudentService students;

    @Autowired
    WallService walls;

    @Autowired
    CsvExport csv;

    @Autowired
    org.agora.dashboard.BoardService boards;

    @Autowired
    ArticleImporter articles;

    @Autowired
    LessonEditing editing;

    @Autowired
    LessonExporter exporter;

    @Autowired
    LessonImporter importer;

    private final Map<String, Expectation> table = new LinkedHashMap<>();

    /** The table: every entry point, by "Type.method(ParameterTypes)". */
    private Map<String, Expectation> table() {
        if (!table.isEmpty()) {
            return table;
        }
        // account
        checked(
                "AccountService.create(Actor, String, String, String, Role)",
                ADMIN_ONLY,
                c -> accounts.create(
                        c.actor(),
                        "made-" + UUID.randomUUID().toString().substring(0, 8),
                        "Made Here",
                        Fixtures.PASSWORD,
                        Role.TEACHER));
        checked("AccountService.setEnabled(Actor, long, boolean)", ADMIN_ONLY, c -> {
            // Off and on again, so that the spare account is enabled for the next call.
            accounts.setEnabled(c.actor(), c.world().spareAccountId(), false);
            return accounts.setEnabled(c.actor(), c.world().spareAccountId(), true);
        });
        checked(
                "AccountService.resetPassword(Actor, long)",
                ADMIN_ONLY,
                c -> accounts.resetPassword(c.actor(), c.world().spareAccountId()));
        checked("AccountService.changeOwnPassword(Actor, String, String)", STAFF, c -> {
            // There and back, so that the shared accounts keep the password the other calls know.
            accounts.changeOwnPassword(c.actor(), Fixtures.PASSWORD, Fixtures.PASSWORD + " again");
            // Two steps back: a change straight back to the previous password is refused.
            accounts.changeOwnPassword(c.actor(), Fixtures.PASSWORD + " again", Fixtures.PASSWORD + " once more");
            accounts.changeOwnPassword(c.actor(), Fixtures.PASSWORD + " once more", Fixtures.PASSWORD);
            return "changed";
        });
        checked("AccountService.mustChangePassword(Actor)", STAFF, c -> accounts.mustChangePassword(c.actor()));
        checked("AccountService.list(Actor, int, int)", ADMIN_ONLY, c -> accounts.list(c.actor(), 0, 500));
        checked("BackupAdministration.list(Actor)", ADMIN_ONLY, c -> backups.list(c.actor()));
        open("BackupAdministration.keep()", "a setting (how many backups are kept), no data");
        // The tests' database is held in memory, so past the admin check the backup itself is
        // refused as "not a file", and no backup exists to download: reaching that refusal is
        // what the admin is allowed; everyone else is stopped before it.
        checked(
                "BackupAdministration.backUpNow(Actor)",
                ADMIN_ONLY,
                c -> pastTheCheck(() -> backups.backUpNow(c.actor()), "backup.not-a-file"));
        checked(
                "BackupAdministration.download(Actor, String)",
                ADMIN_ONLY,
                c -> pastTheCheck(() -> backups.download(c.actor(), "agora-20261128T023000Z.zip"), "backup.unknown"));
        open(
                "DatabaseBackups.backUp()",
                "called by the nightly schedule and by BackupAdministration after its"
                        + " admin check; no screen is given it");
        open("DatabaseBackups.list()", "the same: only BackupAdministration, after its admin check");
        open("DatabaseBackups.file(String)", "the same: only BackupAdministration, after its admin check");
        open("DatabaseBackups.keep()", "a setting (how many backups are kept), no data");
        open("AccountService.count()", "a number with no names in it; no screen calls it");
        open(
                "AccountService.firstAdmin()",
                "start-up only (the demo session is made in the first admin's name);" + " no screen calls it");
        open(
                "AccountUserDetailsService.loadUserByUsername(String)",
                "Spring Security's sign-in itself: it runs before anyone is signed in, and the password check follows");
        open(
                "AuditLog.record(Actor, AuditAction, Long, String)",
                "written by the account and lesson services after their own checks; no screen calls it");
        checked("AuditLog.list(Actor, int, int)", ADMIN_ONLY, c -> audit.list(c.actor(), 0, 50));
        open("CurrentActor.find()", "this is the check: who Spring Security says is signed in, if still enabled");
        open("CurrentActor.require()", "this is the check: the signed-in actor, or a refusal");
        open(
                "CurrentActor.isSignedInButDisabled()",
                "part of the check: whether the signed-in person's account was disabled since; no data");
        // classroom: the student's side
        checked(
                "AnswerService.submit(String, String, String, AnswerInput)",
                THE_STUDENT,
                c -> answers.submit(
                        c.token(),
                        "s1-d2",
                        UUID.randomUUID().toString(),
                        AnswerInput.stance(4, "It risks its ties with Moscow.")));
        checked("StudentService.resume(String)", THE_STUDENT, c -> students.resume(c.token()));
        checked("StudentService.moveTo(String, int)", THE_STUDENT, c -> {
            students.moveTo(c.token(), 1);
            return "moved";
        });
        checked("WallService.wallFor(String)", THE_STUDENT, c -> walls.wallFor(c.token()));
        checked("DeviceLinks.create(String)", THE_STUDENT, c -> links.create(c.token()));
        checked("DeviceLinks.peek(String)", THE_STUDENT, c -> links.peek(c.link()));
        checked("DeviceLinks.open(String)", THE_STUDENT, c -> links.open(c.link()));
        open(
                "DeviceLinks.openCode(String, JoinClient)",
                "the teacher's one-time code is what lets the student back in, by design (no account);"
                        + " it lasts minutes and wrong codes are throttled per browser and address");
        checked(
                "DeviceLinks.createForStudent(Actor, long, long)",
                OWNER_OR_ADMIN,
                c -> links.createForStudent(c.actor(), c.session(), c.world().participantId()));
        open("JoinService.join(String, String)", "the join code is what lets a student in, by design (no account)");
        open(
                "JoinService.join(String, String, JoinClient)",
                "the join code is what lets a student in, by design; wrong codes are throttled per browser"
                        + " and address");
        open(
                "StudentService.sessionExists(long)",
                "says only whether a session id exists, so that a student whose place is gone learns why;"
                        + " nothing of the session's content");
        open(
                "Presence.enter(long, long)",
                "in memory, ids only; its one caller is the student's lesson screen, with"
                        + " the place that the student's own token found");
        open(
                "Presence.online(long)",
                "in memory, ids only; its one caller is ProgressService, within BoardService after the ownership"
                        + " check");
        open(
                "ClassBoards.read(long)",
                "its one caller is the students' shared feed, for the session that a student's own token"
                        + " found; each screen applies only its own student's released reviews");
        open(
                "StudentService.under(StudentPlace, Map, ClassState)",
                "no query: it shows the place that the student's own token found under the state of that"
                        + " same session (another session's state is refused), with that student's reviews only");
        // classroom: the teacher's side
        checked(
                "ClassSessionService.create(Actor, long, String, Feedback, int)",
                STAFF,
                c -> sessions.create(c.actor(), c.world().revisionId(), "New class", Feedback.IMMEDIATE, 1));
        checked(
                "ClassSessionService.create(Actor, long, SessionSettings)",
                STAFF,
                c -> sessions.create(
                        c.actor(),
                        c.world().revisionId(),
                        new SessionSettings("New class", Feedback.DEFERRED, 1, Pacing.LIVE, null, Gate.OFF)));
        checked(
                "ClassSessionService.openNextSection(Actor, long)",
                OWNER_OR_ADMIN,
                c -> sessions.openNextSection(c.actor(), c.session()));
        checked(
                "ClassSessionService.lockAnswers(Actor, long)",
                OWNER_OR_ADMIN,
                c -> sessions.lockAnswers(c.actor(), c.session()));
        checkedAfter(
                this::locked,
                "ClassSessionService.unlockAnswers(Actor, long)",
                OWNER_OR_ADMIN,
                c -> sessions.unlockAnswers(c.actor(), c.session()));
        checked(
                "ClassSessionService.revealAnswers(Actor, long)",
                OWNER_OR_ADMIN,
                c -> sessions.revealAnswers(c.actor(), c.session()));
        checked(
                "ClassSessionService.showWall(Actor, long, boolean)",
                OWNER_OR_ADMIN,
                c -> sessions.showWall(c.actor(), c.session(), true));
        checked(
                "ClassSessionService.list(Actor, int, int)",
                OWN_LIST,
                c -> sessions.list(c.actor(), 0, 200),
                listed -> ((List<?>) listed)
                        .stream().map(SessionSummary.class::cast).anyMatch(s -> s.id() == worldSession));
        checked("ClassSessionService.get(Actor, long)", OWNER_OR_ADMIN, c -> sessions.get(c.actor(), c.session()));
        checked(
                "ClassSessionService.showOnProjector(Actor, long, ProjectorChoice)",
                OWNER_OR_ADMIN,
                c -> sessions.showOnProjector(c.actor(), c.session(), ProjectorChoice.of(ProjectorMode.WALL)));
        checked("ClassSessionService.close(Actor, long)", OWNER_OR_ADMIN, c -> sessions.close(c.actor(), c.session()));
        checkedAfter(
                this::closed,
                "ClassSessionService.reopen(Actor, long)",
                OWNER_OR_ADMIN,
                c -> sessions.reopen(c.actor(), c.session()));
        checked(
                "ReviewService.arguments(Actor, long, String)",
                OWNER_OR_ADMIN,
                c -> reviews.arguments(c.actor(), c.session(), AccessWorld.DEBATE_KEY));
        checked(
                "ReviewService.score(Actor, long, long, int, int, int, String)",
                OWNER_OR_ADMIN,
                c -> reviews.score(c.actor(), c.session(), c.world().argumentId(), 2, 2, 2, "Well argued."));
        checked(
                "ReviewService.moderate(Actor, long, long, WallStatus)",
                OWNER_OR_ADMIN,
                c -> reviews.moderate(c.actor(), c.session(), c.world().argumentId(), WallStatus.HIDDEN));
        checked(
                "ReviewService.approveWaiting(Actor, long, String, Collection)",
                OWNER_OR_ADMIN,
                c -> reviews.approveWaiting(
                        c.actor(),
                        c.session(),
                        AccessWorld.DEBATE_KEY,
                        List.of(c.world().argumentId())));
        checked("ReviewService.release(Actor, long)", OWNER_OR_ADMIN, c -> reviews.release(c.actor(), c.session()));
        // The spotlight needs three approved arguments on the question: two more students argue first.
        checkedAfter(this::twoMoreArguments, "ReviewService.spotlight(Actor, long, Long)", OWNER_OR_ADMIN, c -> {
            reviews.spotlight(c.actor(), c.session(), c.world().argumentId());
            return "spotlit";
        });
        // Nothing is in the spotlight: for those allowed, "none" is the answer, not a refusal.
        checked(
                "ReviewService.spotlight(Actor, long)",
                OWNER_OR_ADMIN,
                c -> reviews.spotlight(c.actor(), c.session()).isPresent());
        checked("ReviewService.scores(Actor, long)", OWNER_OR_ADMIN, c -> reviews.scores(c.actor(), c.session()));
        checked(
                "AnswerAcceptance.accept(Actor, long, String, String)",
                OWNER_OR_ADMIN,
                c -> acceptance.accept(c.actor(), c.session(), "s1-q4", "Almaty"));
        checked("SessionDeletion.deleteStudent(Actor, long, long)", OWNER_OR_ADMIN, c -> {
            deletion.deleteStudent(c.actor(), c.session(), c.world().participantId());
            return "deleted";
        });
        checked("SessionDeletion.deleteSession(Actor, long)", OWNER_OR_ADMIN, c -> {
            deletion.deleteSession(c.actor(), c.session());
            return "deleted";
        });
        checked(
                "SessionRecords.participants(Actor, long)",
                OWNER_OR_ADMIN,
                c -> records.participants(c.actor(), c.session()));
        checked("SessionRecords.answers(Actor, long)", OWNER_OR_ADMIN, c -> records.answers(c.actor(), c.session()));
        checked(
                "WallService.wallForProjector(Actor, long)",
                OWNER_OR_ADMIN,
                c -> walls.wallForProjector(c.actor(), c.session()));
        // dashboard
        checked("CsvExport.csv(Actor, long)", OWNER_OR_ADMIN, c -> csv.csv(c.actor(), c.session()));
        checked("BoardService.board(Actor, long)", OWNER_OR_ADMIN, c -> boards.board(c.actor(), c.session()));
        // lesson
        open(
                "ArticleImporter.propose(String, byte[])",
                "parses the bytes the caller hands in and stores nothing;"
                        + " only the admin's import screen calls it");
        open("LessonCatalog.publishedLessons()", "the published lessons are what any teacher may start a class on");
        open(
                "LessonCatalog.content(long)",
                "lesson text, not anyone's data; screens pass only the revision of the"
                        + " visitor's own session or place, or of a lesson just listed to them");
        open("LessonCatalog.findPublished(long)", "published lessons are open to every teacher");
        checked("LessonEditing.overview(Actor)", ADMIN_ONLY, c -> editing.overview(c.actor()));
        checked(
                "LessonEditing.open(Actor, long)",
                ADMIN_ONLY,
                c -> editing.open(c.actor(), c.world().lessonId()));
        checked(
                "LessonEditing.state(Actor, long)",
                ADMIN_ONLY,
                c -> editing.state(c.actor(), c.world().lessonId()));
        checked(
                "LessonEditing.duplicate(Actor, long)",
                ADMIN_ONLY,
                c -> editing.duplicate(c.actor(), c.world().lessonId()));
        checkedAfter(
                world -> editing.duplicate(world.admin().actor(), world.lessonId()),
                "LessonEditing.delete(Actor, long)",
                ADMIN_ONLY,
                c -> {
                    editing.delete(c.actor(), (Long) c.prepared());
                    return "deleted";
                });
        open(
                "LessonEditing.check(LessonDraft)",
                "the draft rules applied to a draft the caller already holds;" + " reads and stores nothing");
        open(
                "LessonEditing.checkForPublishing(LessonDraft)",
                "the publishing rules applied to a draft the caller already holds; reads and stores nothing");
        checkedAfter(
                this::renamed,
                "LessonEditing.save(Actor, LessonDraft)",
                ADMIN_ONLY,
                c -> editing.save(c.actor(), (LessonDraft) c.prepared()));
        checkedAfter(
                world -> editing.save(world.admin().actor(), renamed(world)),
                "LessonEditing.publish(Actor, LessonDraft)",
                ADMIN_ONLY,
                c -> editing.publish(c.actor(), (LessonDraft) c.prepared()));
        checked("LessonEditing.setArchived(Actor, long, boolean)", ADMIN_ONLY, c -> {
            boolean archived = editing.state(
                            c.world().admin().actor(), c.world().lessonId())
                    .archived();
            editing.setArchived(c.actor(), c.world().lessonId(), !archived);
            return "flipped";
        });
        checked(
                "LessonEditing.createFromArticle(Actor, ArticleProposal, String)",
                ADMIN_ONLY,
                c -> editing.createFromArticle(
                        c.actor(), articles.propose("article.txt", ARTICLE.getBytes(StandardCharsets.UTF_8)), "en"));
        checked(
                "LessonExporter.json(Actor, long)",
                ADMIN_ONLY,
                c -> exporter.json(c.actor(), c.world().revisionId()));
        checked(
                "LessonExporter.gift(Actor, long)",
                ADMIN_ONLY,
                c -> exporter.gift(c.actor(), c.world().revisionId()));
        checked(
                "LessonImporter.importFile(Actor, byte[])",
                ADMIN_ONLY,
                c -> importer.importFile(c.actor(), worlds.lessonFileWithNewSlug()));
        // base
        open(
                "LiveUpdateHub.subscribe(long, Predicate, Runnable)",
                "carries only \"session N changed\" signals, no"
                        + " content; every screen re-reads through the checked services");
        open("LiveUpdateHub.subscribe(long, Runnable)", "the same as the other subscribe, for every change");
        open("LiveUpdateHub.publish(SessionChanged)", "services announce their own changes; carries no content");
        open("LiveUpdateHub.changes(long)", "a count of a session's changes; carries no content");
        return table;
    }

    /** The session of the world being tried now, for the list's check that it is shown. */
    private long worldSession;
    /** A world that the last call was refused in, verified unchanged: the next call may use it again. */
    private AccessWorld.World untouched;

    private void checked(String entry, List<Outcome> outcomes, Call call) {
        checked(entry, outcomes, world -> null, call, null);
    }

    private void checked(String entry, List<Outcome> outcomes, Call call, Predicate<Object> shows) {
        checked(entry, outcomes, world -> null, call, shows);
    }

    /** An entry point whose call needs something made first (see {@link Preparation}). */
    private void checkedAfter(Preparation prepare, String entry, List<Outcome> outcomes, Call call) {
        checked(entry, outcomes, prepare, call, null);
    }

    private void checked(
            String entry, List<Outcome> outcomes, Preparation prepare, Call call, Predicate<Object> shows) {
        assertThat(table.put(entry, new Expectation(null, outcomes, prepare, call, shows)))
                .as(entry)
                .isNull();
    }

    private void open(String entry, String reason) {
        assertThat(table.put(entry, new Expectation(reason, null, null, null, null)))
                .as(entry)
                .isNull();
    }

    /** Runs a call that, past its access check, can only end in this refusal here; returns that it got there. */
    private static Object pastTheCheck(Call.Body body, String expectedRefusal) {
        try {
            return body.run();
        } catch (RuntimeException e) {
            if (e instanceof Refusal refusal
                    && refusal.key().equals(expectedRefusal)
                    && !(e instanceof NotAllowedException)) {
                return "past the check";
            }
            throw e;
        }
    }

    /** Two more students of the world's session argue on its debate question (approved, as it is not premoderated). */
    private Object twoMoreArguments(AccessWorld.World world) {
        for (String name : List.of("Bo", "Cy")) {
            String token = joins.join(
                            world.joinCode(),
                            name + " " + UUID.randomUUID().toString().substring(0, 4))
                    .resumeToken();
            answers.submit(
                    token,
                    AccessWorld.DEBATE_KEY,
                    UUID.randomUUID().toString(),
                    AnswerInput.stance(4, "It gains standing."));
        }
        return "argued";
    }

    /** The world's session with answering locked (a world reused after a refusal is locked already). */
    private Object locked(AccessWorld.World world) {
        Actor admin = world.admin().actor();
        SessionSummary session = sessions.get(admin, world.sessionId());
        return session.lockedSections() < session.openSections()
                ? sessions.lockAnswers(admin, world.sessionId())
                : session;
    }

    /** The world's session closed (a world reused after a refusal is closed already). */
    private Object closed(AccessWorld.World world) {
        Actor admin = world.admin().actor();
        SessionSummary session = sessions.get(admin, world.sessionId());
        return session.isOpen() ? sessions.close(admin, world.sessionId()) : session;
    }

    /** The world's lesson as the editor would send it after renaming it: a change to save. */
    private LessonDraft renamed(AccessWorld.World world) {
        LessonDraft draft = editing.open(world.admin().actor(), world.lessonId());
        Details d = draft.details();
        Details details = new Details(
                d.title() + " (edited)",
                d.language(),
                d.level(),
                d.author(),
                d.publication(),
                d.date(),
                d.url(),
                d.note());
        return new LessonDraft(
                draft.lessonId(), draft.baseRevisionId(), draft.baseVersion(), details, draft.poll(), draft.sections());
    }

    @Test
    void every_entry_point_has_an_expectation_and_every_expectation_an_entry_point() {
        Set<String> found = entryPoints().keySet();
        assertThat(table().keySet())
                .as("entry points in the table but not in the app")
                .isSubsetOf(found);
        assertThat(found)
                .as("entry points of the app missing from the table: classify them")
                .isSubsetOf(table().keySet());
        assertThat(table().values().stream().filter(e -> e.reason() != null).map(Expectation::reason))
                .allSatisfy(reason -> assertThat(reason).isNotBlank());
        long checked = table().values().stream().filter(e -> e.call() != null).count();
        System.out.printf(
                "Access matrix, services: %d entry points; %d checked x %d visitors = %d calls;"
                        + " %d need no check (reasons in the table)%n",
                found.size(),
                checked,
                Visitor.values().length,
                checked * Visitor.values().length,
                found.size() - checked);
    }

    @TestFactory
    Stream<DynamicContainer> each_entry_point_serves_only_whom_the_table_says() {
        return table().entrySet().stream()
                .filter(e -> e.getValue().call() != null)
                .map(e -> DynamicContainer.dynamicContainer(
                        e.getKey(),
                        Arrays.stream(Visitor.values())
                                .map(v ->
                                        DynamicTest.dynamicTest("as " + v, () -> tryAs(v, e.getKey(), e.getValue())))));
    }

    /**
     * A screen opened before an admin disabled its owner keeps the owner's actor and can still
     * call services (a click on "Reveal answers", an already rendered CSV link). Every staff entry
     * point refuses a disabled account's actor, changing nothing: the account is checked on each
     * call, not only when a screen opens. An admin is the one disabled, since an admin may call
     * every staff entry point.
     */
    @TestFactory
    Stream<DynamicTest> every_staff_entry_point_refuses_an_actor_whose_account_was_disabled() {
        return table().entrySet().stream()
                .filter(e ->
                        e.getValue().call() != null && e.getValue().outcomes().get(Visitor.ADMIN.ordinal()) == ALLOWED)
                .map(e -> DynamicTest.dynamicTest(e.getKey(), () -> tryAsDisabledAdmin(e.getKey(), e.getValue())));
    }

    private void tryAsDisabledAdmin(String entry, Expectation expected) throws Exception {
        // A world of its own: some preparations (closing the session) would stop others.
        AccessWorld.World world = worlds.fresh();
        worldSession = world.sessionId();
        Object prepared = expected.prepare().in(world);
        Fixtures.Account disabled = fixtures.account(Role.ADMIN);
        accounts.setEnabled(world.admin().actor(), disabled.actor().accountId(), false);
        SecurityContextHolder.getContext()
                .setAuthentication(new UsernamePasswordAuthenticationToken(
                        disabled.username(), null, List.of(new SimpleGrantedAuthority("ROLE_ADMIN"))));
        Map<String, String> before = database.take();
        try {
            assertThatThrownBy(() -> expected.call()
                            .on(new Caller(Visitor.ADMIN, world, currentActor, prepared, disabled.actor())))
                    .as("%s with the actor of a disabled account", entry)
                    .isInstanceOf(AccountDisabledException.class);
        } finally {
            SecurityContextHolder.clearContext();
        }
        assertThat(DatabaseFingerprint.changed(before, database.take()))
                .as("tables changed by %s for a disabled account", entry)
                .isEmpty();
    }

    @Test
    void a_teacher_cannot_reach_another_teachers_student_through_a_session_of_their_own() {
        AccessWorld.World world = worlds.fresh();
        Actor other = world.otherTeacher().actor();
        long own = sessions.create(other, world.revisionId(), "Mine", Feedback.IMMEDIATE, 1)
                .id();
        Map<String, String> before = database.take();
        List<ThrowingCallable> reaches = List.of(
                () -> reviews.score(other, own, world.argumentId(), 2, 2, 2, "Mine now."),
                () -> reviews.moderate(other, own, world.argumentId(), WallStatus.HIDDEN),
                () -> reviews.spotlight(other, own, world.argumentId()),
                () -> deletion.deleteStudent(other, own, world.participantId()));
        assertThat(reaches)
                .allSatisfy(reach ->
                        assertThatThrownBy(reach).isInstanceOfAny(BadInputException.class, NotAllowedException.class));
        assertThat(DatabaseFingerprint.changed(before, database.take())).isEmpty();
        assertThat(reviews.scores(world.teacher().actor(), world.sessionId())).containsEntry(world.argumentId(), 4);
    }

    @Test
    void a_student_cannot_take_over_another_students_answer_by_its_submission_id() {
        AccessWorld.World world = worlds.fresh();
        String intruder = joins.join(world.joinCode(), "Bea").resumeToken();
        Map<String, String> before = database.take();
        assertThatThrownBy(() -> answers.submit(
                        intruder, AccessWorld.DEBATE_KEY, world.submissionId(), AnswerInput.stance(5, "Mine now.")))
                .isInstanceOf(NotAllowedException.class);
        assertThat(DatabaseFingerprint.changed(before, database.take())).isEmpty();
    }

    private void tryAs(Visitor visitor, String entry, Expectation expected) throws Exception {
        AccessWorld.World world = untouched != null ? untouched : worlds.fresh();
        untouched = null;
        worldSession = world.sessionId();
        Fixtures.Account account = world.account(visitor);
        if (account != null) {
            SecurityContextHolder.getContext()
                    .setAuthentication(new UsernamePasswordAuthenticationToken(
                            account.username(),
                            null,
                            List.of(new SimpleGrantedAuthority(
                                    "ROLE_" + account.actor().role()))));
        }
        Object prepared = expected.prepare().in(world);
        Map<String, String> before = database.take();
        Outcome outcome;
        try {
            Object answer = expected.call().on(new Caller(visitor, world, currentActor, prepared));
            outcome = answer instanceof Optional<?> found && found.isEmpty()
                    ? REFUSED
                    : expected.shows() != null && !expected.shows().test(answer) ? HIDDEN : ALLOWED;
        } catch (NotAllowedException | AccessDeniedException refused) {
            outcome = REFUSED;
        } finally {
            SecurityContextHolder.clearContext();
        }
        assertThat(outcome)
                .as("%s as %s", entry, visitor)
                .isEqualTo(expected.outcomes().get(visitor.ordinal()));
        if (outcome != ALLOWED) {
            assertThat(DatabaseFingerprint.changed(before, database.take()))
                    .as("tables changed by %s as %s, which was refused", entry, visitor)
                    .isEmpty();
            untouched = world;
        }
    }

    /**
     * The public instance methods of every @Service in the app, and of every other bean type a
     * screen's constructor takes (CurrentActor, Presence, LiveUpdateHub), by "Type.method(Types)".
     */
    static Map<String, Method> entryPoints() {
        Set<Class<?>> types = new TreeSet<>((a, b) -> a.getName().compareTo(b.getName()));
        types.addAll(scan(new AnnotationTypeFilter(Service.class)));
        for (Class<?> screen : scan(new AssignableTypeFilter(com.vaadin.flow.component.Component.class))) {
            for (Constructor<?> constructor : screen.getDeclaredConstructors()) {
                Arrays.stream(constructor.getParameterTypes())
                        .filter(ServiceAccessTest::isAppBean)
                        .forEach(types::add);
            }
        }
        Map<String, Method> methods = new TreeMap<>();
        for (Class<?> type : types) {
            for (Method method : type.getDeclaredMethods()) {
                int modifiers = method.getModifiers();
                if (Modifier.isPublic(modifiers) && !Modifier.isStatic(modifiers) && !method.isSynthetic()) {
                    String parameters = Arrays.stream(method.getParameterTypes())
                            .map(Class::getSimpleName)
                            .collect(Collectors.joining(", ", "(", ")"));
                    methods.put(type.getSimpleName() + "." + method.getName() + parameters, method);
                }
            }
        }
        return methods;
    }

    private static boolean isAppBean(Class<?> type) {
        if (!type.getName().startsWith("org.agora.") || type.getName().contains(".ui.")) {
            return false;
        }
        return AnnotatedElementUtils.hasAnnotation(type, Component.class)
                || type.isInterface()
                        && scan(new AssignableTypeFilter(type)).stream()
                                .anyMatch(c -> AnnotatedElementUtils.hasAnnotation(c, Component.class));
    }

    private static Collection<Class<?>> scan(org.springframework.core.type.filter.TypeFilter filter) {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(filter);
        return scanner.findCandidateComponents("org.agora").stream()
                .map(BeanDefinition::getBeanClassName)
                .filter(name -> !name.endsWith("Test"))
                .map(ServiceAccessTest::load)
                .toList();
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }
}
