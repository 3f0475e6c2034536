package org.agora.lesson;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.text.Normalizer;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.agora.account.ActiveAccounts;
import org.agora.account.Actor;
import org.agora.account.AuditAction;
import org.agora.account.AuditLog;
import org.agora.base.BadInputException;
import org.agora.base.NotAllowedException;
import org.agora.lesson.LessonDraft.Details;
import org.agora.lesson.LessonDraft.SectionDraft;
import org.agora.lesson.LessonFile.PollDoc;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Authoring: the admin's list of lessons, opening one for editing, saving a draft, publishing
 * it, archiving. A published revision never changes: editing it makes the next revision, a
 * draft, and classes stay bound to the revision they started on.
 */
@Service
public class LessonEditing {

    /** Thrown when the draft breaks rules; the problems name their fields. */
    public static class DraftRefusedException extends BadInputException {

        private final transient List<DraftProblem> problems;

        DraftRefusedException(List<DraftProblem> problems) {
            super(problems.get(0).field(), "draft.has-problems", problems.size());
            this.problems = List.copyOf(problems);
        }

        public List<DraftProblem> problems() {
            return problems;
        }
    }

    private static final int SLUG_MAX = 60;
    /** Generated keys (prefix, "-q", a number) stay within the 40 characters of a key. */
    private static final int KEY_PREFIX_MAX = 30;

    private static final int DETAIL_MAX = 200;

    private final LessonRepository lessons;
    private final LessonRevisionRepository revisions;
    private final AuditLog audit;
    private final EntityManager entities;
    private final Clock clock;
    private final ActiveAccounts active;

    LessonEditing(
            LessonRepository lessons,
            LessonRevisionRepository revisions,
            AuditLog audit,
            EntityManager entities,
            Clock clock,
            ActiveAccounts active) {
        this.active = active;
        this.lessons = lessons;
        this.revisions = revisions;
        this.audit = audit;
        this.entities = entities;
        this.clock = clock;
    }

    /** Every lesson, archived ones included, in the order they were made. */
    @Transactional(readOnly = true)
    public List<LessonOverview> overview(Actor actor) {
        requireAdmin(actor);
        Map<Long, LessonOverview> byLesson = new LinkedHashMap<>();
        for (LessonRevision r : revisions.findAllWithLesson()) {
            Lesson lesson = r.getLesson();
            LessonOverview before = byLesson.get(lesson.getId());
            boolean published = r.getStatus() == RevisionStatus.PUBLISHED;
            byLesson.put(
                    lesson.getId(),
                    new LessonOverview(
                            lesson.getId(),
                            lesson.getSlug(),
                            r.getTitle(),
                            published ? r.getId() : before == null ? null : before.publishedRevisionId(),
                            published
                                    ? Integer.valueOf(r.getNumber())
                                    : before == null ? null : before.publishedNumber(),
                            published ? null : Integer.valueOf(r.getNumber()),
                            lesson.isArchived()));
        }
        return List.copyOf(byLesson.values());
    }

    /** The lesson as it is now: its draft if one is waiting, else its latest published revision. */
    @Transactional(readOnly = true)
    public LessonDraft open(Actor actor, long lessonId) {
        requireAdmin(actor);
        Lesson lesson = lessons.findById(lessonId).orElseThrow(LessonEditing::notFound);
        return DraftMapping.read(latest(lesson));
    }

    /** Whether the newest revision is published (editing it will make the next revision). */
    @Transactional(readOnly = true)
    public EditState state(Actor actor, long lessonId) {
        requireAdmin(actor);
        Lesson lesson = lessons.findById(lessonId).orElseThrow(LessonEditing::notFound);
        LessonRevision latest = latest(lesson);
        return new EditState(
                lesson.getSlug(),
                latest.getNumber(),
                latest.getStatus() == RevisionStatus.PUBLISHED,
                lesson.isArchived());
    }

    /** Where a lesson stands for the editor's header. */
    public record EditState(String slug, int revisionNumber, boolean published, boolean archived) {}

    /** The problems of a draft, without saving it: the editor marks them on their fields. */
    public List<DraftProblem> check(LessonDraft draft) {
        return DraftRules.check(draft);
    }

    /** The problems that stop a draft from being published (every question explained, too). */
    public List<DraftProblem> checkForPublishing(LessonDraft draft) {
        return DraftRules.check(draft, true);
    }

    /**
     * Saves the draft: into the waiting draft revision, or as the next revision when the newest
     * one is published. Refused, with nothing stored, if the draft breaks a rule or if someone
     * saved or published the lesson after this draft was opened. Returns the draft as stored.
     */
    @Transactional
    public LessonDraft save(Actor actor, LessonDraft draft) {
        requireAdmin(actor);
        LessonRevision revision = write(actor, draft, false);
        return DraftMapping.read(revision);
    }

    /** Saves the draft and publishes it: new classes get this revision; running classes keep theirs. */
    @Transactional
    public LessonDraft publish(Actor actor, LessonDraft draft) {
        requireAdmin(actor);
        LessonRevision revision = write(actor, draft, true);
        if (revision.getStatus() == RevisionStatus.PUBLISHED) {
            throw new BadInputException("lesson", "draft.nothing-to-publish");
        }
        revision.publish(clock.instant());
        entities.flush();
        audit.record(actor, AuditAction.LESSON_PUBLISHED, null, describe(revision));
        return DraftMapping.read(revision);
    }

    /** An archived lesson is offered to no new class; classes that used it keep it. */
    @Transactional
    public void setArchived(Actor actor, long lessonId, boolean archived) {
        requireAdmin(actor);
        Lesson lesson = lessons.lockById(lessonId).orElseThrow(LessonEditing::notFound);
        if (lesson.isArchived() != archived) {
            lesson.setArchived(archived);
            audit.record(
                    actor,
                    archived ? AuditAction.LESSON_ARCHIVED : AuditAction.LESSON_RESTORED,
                    null,
                    describe(latest(lesson)));
        }
    }

    /** A new lesson, a draft, from an article proposal the admin has checked. Returns the lesson's id. */
    @Transactional
    public long createFromArticle(Actor actor, ArticleProposal proposal, String language) {
        requireAdmin(actor);
        List<SectionDraft> sections = new ArrayList<>();
        for (int i = 0; i < proposal.sections().size(); i++) {
            ArticleProposal.Section section = proposal.sections().get(i);
            sections.add(new SectionDraft(
                    "s" + (i + 1),
                    section.title(),
                    SectionMarkdown.markdown(section.paragraphs()),
                    Map.of(),
                    List.of()));
        }
        LessonDraft draft = new LessonDraft(
                0,
                0,
                0,
                new Details(
                        proposal.title(),
                        language,
                        null,
                        proposal.author(),
                        proposal.source().publication(),
                        proposal.source().date(),
                        proposal.source().address(),
                        null),
                null,
                sections);
        requireValid(draft, false);
        Lesson lesson = lessons.save(new Lesson(freeSlug(proposal.title()), clock.instant()));
        LessonRevision revision = new LessonRevision(lesson, 1, proposal.title(), language);
        DraftMapping.write(revision, draft);
        revisions.save(revision);
        audit.record(actor, AuditAction.LESSON_CREATED, null, describe(revision));
        return lesson.getId();
    }

    /**
     * Deletes a lesson that no class used, with all its revisions. A class session keeps the
     * revision it was run on (the database holds it to that), so a lesson a class used is refused:
     * archive it instead. Nothing is deleted then.
     */
    @Transactional
    public void delete(Actor actor, long lessonId) {
        requireAdmin(actor);
        Lesson lesson = lessons.lockById(lessonId).orElseThrow(LessonEditing::notFound);
        List<LessonRevision> all = revisions.findByLesson(lesson);
        String described = describe(latest(lesson));
        try {
            all.forEach(LessonRevision::dropQuestions);
            entities.flush();
            all.forEach(LessonRevision::dropSections);
            entities.flush();
            revisions.deleteAll(all);
            lessons.delete(lesson);
            entities.flush();
        } catch (jakarta.persistence.PersistenceException used) {
            // Rolled back with the refusal: the lesson stays as it was.
            throw new BadInputException("lesson", "lesson.delete.used");
        }
        audit.record(actor, AuditAction.LESSON_DELETED, null, described);
    }

    /** What a duplicate's title ends with, until the admin renames it. */
    private static final String COPY_MARKER = " (copy)";

    /**
     * A new lesson with a copy of this one's newest revision as its first draft, titled
     * "... (copy)": classes that used the original keep it. Returns the new lesson's id.
     */
    @Transactional
    public long duplicate(Actor actor, long lessonId) {
        requireAdmin(actor);
        Lesson original = lessons.findById(lessonId).orElseThrow(LessonEditing::notFound);
        LessonDraft source = DraftMapping.read(latest(original));
        Details d = source.details();
        String title = fittingTitle(d.title(), COPY_MARKER);
        LessonDraft copy = new LessonDraft(
                0,
                0,
                0,
                new Details(title, d.language(), d.level(), d.author(), d.publication(), d.date(), d.url(), d.note()),
                source.poll(),
                source.sections());
        requireValid(copy, false);
        Lesson lesson = lessons.save(new Lesson(freeSlug(title), clock.instant()));
        LessonRevision revision = new LessonRevision(lesson, 1, title, d.language());
        DraftMapping.write(revision, copy);
        revisions.save(revision);
        audit.record(actor, AuditAction.LESSON_CREATED, null, describe(revision));
        return lesson.getId();
    }

    /** The title with the marker after it, shortened first when both would not fit a title. */
    private static String fittingTitle(String title, String marker) {
        int room = DraftRules.TITLE_MAX - marker.length();
        return (title.length() > room ? title.substring(0, room).strip() : title) + marker;
    }

    private LessonRevision write(Actor actor, LessonDraft draft, boolean publishing) {
        requireValid(draft, publishing);
        Lesson lesson = lessons.lockById(draft.lessonId()).orElseThrow(LessonEditing::notFound);
        LessonRevision latest = latest(lesson);
        if (latest.getId() != draft.baseRevisionId() || latest.getVersion() != draft.baseVersion()) {
            throw new BadInputException("lesson", "draft.conflict");
        }
        if (DraftMapping.read(latest).equals(draft)) {
            return latest;
        }
        LessonRevision target = latest;
        if (latest.getStatus() == RevisionStatus.PUBLISHED) {
            target = revisions.save(new LessonRevision(
                    lesson,
                    latest.getNumber() + 1,
                    draft.details().title(),
                    draft.details().language()));
        } else {
            // Rows are replaced: deletes go to the database before the new rows with the same keys.
            target.clearQuestions();
            entities.flush();
            target.clearSections();
            entities.flush();
            entities.lock(target, LockModeType.PESSIMISTIC_FORCE_INCREMENT);
        }
        DraftMapping.write(target, draft);
        entities.flush();
        audit.record(actor, AuditAction.LESSON_SAVED, null, describe(target));
        return target;
    }

    private static void requireValid(LessonDraft draft, boolean publishing) {
        List<DraftProblem> problems = DraftRules.check(draft, publishing);
        if (!problems.isEmpty()) {
            throw new DraftRefusedException(problems);
        }
    }

    private LessonRevision latest(Lesson lesson) {
        return revisions.findFirstByLessonOrderByNumberDesc(lesson).orElseThrow(LessonEditing::notFound);
    }

    private String freeSlug(String title) {
        String base = slugOf(title);
        String slug = base;
        for (int n = 2; lessons.findBySlug(slug).isPresent(); n++) {
            slug = base + "-" + n;
        }
        return slug;
    }

    /** A lesson's address from its title: "Le marché couvert" is le-marche-couvert; "lesson" when nothing is left. */
    static String slugOf(String title) {
        String base = Normalizer.normalize(title == null ? "" : title, Normalizer.Form.NFKD)
                .replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "-")
                .replaceAll("^-+|-+$", "");
        if (base.length() > SLUG_MAX) {
            base = base.substring(0, SLUG_MAX).replaceAll("-+$", "");
        }
        return base.isEmpty() ? "lesson" : base;
    }

    /** A revision as the audit log names it: its title in quotes and its number. */
    static String describe(LessonRevision revision) {
        String text = "“" + revision.getTitle() + "”, revision " + revision.getNumber();
        return text.length() <= DETAIL_MAX ? text : text.substring(0, DETAIL_MAX - 1) + "…";
    }

    private void requireAdmin(Actor actor) {
        if (!active.check(actor).isAdmin()) {
            throw new NotAllowedException("draft.refused");
        }
    }

    private static BadInputException notFound() {
        return new BadInputException("lesson", "draft.not-found");
    }

    /** A key for a new section, unused in the draft. */
    public static String newSectionKey(List<SectionDraft> sections) {
        for (int n = sections.size() + 1; ; n++) {
            String key = "s" + n;
            if (sections.stream().noneMatch(s -> s.key().equals(key))) {
                return key;
            }
        }
    }

    /** A key for a new question of a section, unused anywhere in the draft. */
    public static String newQuestionKey(List<SectionDraft> sections, PollDoc poll, String sectionKey) {
        String prefix = sectionKey.length() > KEY_PREFIX_MAX ? sectionKey.substring(0, KEY_PREFIX_MAX) : sectionKey;
        Set<String> used = new HashSet<>();
        sections.forEach(s -> s.questions().forEach(q -> used.add(q.key())));
        if (poll != null) {
            used.add(poll.key() + "-before");
            used.add(poll.key() + "-after");
        }
        for (int n = 1; ; n++) {
            String key = prefix + "-q" + n;
            if (!used.contains(key)) {
                return key;
            }
        }
    }
}
