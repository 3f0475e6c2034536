package org.agora;

import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.agora.account.Role;
import org.agora.classroom.AnswerInput;
import org.agora.classroom.AnswerService;
import org.agora.classroom.ClassSessionService;
import org.agora.classroom.DeviceLinks;
import org.agora.classroom.Feedback;
import org.agora.classroom.Gate;
import org.agora.classroom.JoinService;
import org.agora.classroom.JoinTicket;
import org.agora.classroom.Pacing;
import org.agora.classroom.ReviewService;
import org.agora.classroom.SessionRecords;
import org.agora.classroom.SessionSettings;
import org.agora.classroom.SessionSummary;
import org.agora.lesson.LessonEditing;
import org.agora.lesson.LessonExporter;
import org.agora.lesson.LessonImporter;
import org.agora.lesson.LessonOverview;
import org.springframework.stereotype.Component;

/**
 * What the access matrices try each visitor against: a live session of one teacher with a
 * student who has argued, and a lesson of its own for the admin's calls. Accounts are made
 * once per test context (BCrypt makes each take a quarter of a second); the rest is new per call.
 */
@Component
public class AccessWorld {

    /** One debate question of the first section of the bundled lesson. */
    public static final String DEBATE_KEY = "s1-d1";

    private final Fixtures fixtures;
    private final ClassSessionService sessions;
    private final JoinService joins;
    private final AnswerService answers;
    private final SessionRecords records;
    private final DeviceLinks links;
    private final ReviewService reviews;
    private final LessonEditing editing;
    private final LessonExporter exporter;
    private final LessonImporter importer;

    private Fixtures.Account teacher;
    private Fixtures.Account otherTeacher;
    private Fixtures.Account admin;
    private Fixtures.Account spare;
    private long lessonId;

    AccessWorld(
            Fixtures fixtures,
            ClassSessionService sessions,
            JoinService joins,
            AnswerService answers,
            SessionRecords records,
            DeviceLinks links,
            ReviewService reviews,
            LessonEditing editing,
            LessonExporter exporter,
            LessonImporter importer) {
        this.fixtures = fixtures;
        this.sessions = sessions;
        this.joins = joins;
        this.answers = answers;
        this.records = records;
        this.links = links;
        this.reviews = reviews;
        this.editing = editing;
        this.exporter = exporter;
        this.importer = importer;
    }

    /**
     * The people, the teacher's session (live, first section open), the student's resume token
     * and device link, the student's argument (scored, not yet released) and its submission id,
     * a spare account for the admin to manage, and a lesson (a copy of the bundled one) to edit.
     */
    public record World(
            Fixtures.Account teacher,
            Fixtures.Account otherTeacher,
            Fixtures.Account admin,
            long spareAccountId,
            long sessionId,
            String joinCode,
            String token,
            long participantId,
            long argumentId,
            String submissionId,
            String deviceLink,
            long lessonId,
            long revisionId) {

        /** The account this visitor signs in with, or null for those who do not sign in. */
        public Fixtures.Account account(Visitor visitor) {
            return switch (visitor) {
                case TEACHER -> teacher;
                case OTHER_TEACHER -> otherTeacher;
                case ADMIN -> admin;
                default -> null;
            };
        }
    }

    public synchronized World fresh() {
        if (teacher == null) {
            teacher = fixtures.account(Role.TEACHER);
            otherTeacher = fixtures.account(Role.TEACHER);
            admin = fixtures.account(Role.ADMIN);
            spare = fixtures.account(Role.TEACHER);
            lessonId = copyOfBundledLesson();
        }
        SessionSummary session = sessions.create(
                teacher.actor(),
                fixtures.bundledRevision(),
                new SessionSettings(
                        "Access " + UUID.randomUUID().toString().substring(0, 4),
                        Feedback.IMMEDIATE,
                        2,
                        Pacing.LIVE,
                        null,
                        Gate.OFF));
        sessions.openNextSection(teacher.actor(), session.id());
        JoinTicket student = joins.join(session.joinCode(), "Ada");
        String submissionId = UUID.randomUUID().toString();
        answers.submit(
                student.resumeToken(),
                DEBATE_KEY,
                submissionId,
                AnswerInput.stance(2, "Kazakhstan gains standing as a mediator."));
        long argumentId = records.answers(teacher.actor(), session.id()).get(0).id();
        reviews.score(teacher.actor(), session.id(), argumentId, 1, 2, 1, null);
        String link = links.create(student.resumeToken()).token();
        return new World(
                teacher,
                otherTeacher,
                admin,
                spare.actor().accountId(),
                session.id(),
                session.joinCode(),
                student.resumeToken(),
                student.participantId(),
                argumentId,
                submissionId,
                link,
                lessonId,
                fixtures.bundledRevision());
    }

    /** The bundled lesson's file under a new slug: a lesson file the admin may import. */
    public byte[] lessonFileWithNewSlug() {
        String json = new String(exporter.json(fixtures.admin(), fixtures.bundledRevision()), StandardCharsets.UTF_8);
        String slug = "access-" + UUID.randomUUID().toString().substring(0, 8);
        return json.replaceFirst("\"slug\"\\s*:\\s*\"[^\"]*\"", "\"slug\": \"" + slug + "\"")
                .getBytes(StandardCharsets.UTF_8);
    }

    private long copyOfBundledLesson() {
        long revision = importer.importFile(admin.actor(), lessonFileWithNewSlug());
        return editing.overview(admin.actor()).stream()
                .filter(l -> Long.valueOf(revision).equals(l.publishedRevisionId()))
                .mapToLong(LessonOverview::lessonId)
                .findFirst()
                .orElseThrow();
    }
}
