package org.agora.lesson;

import java.time.Clock;
import java.util.List;
import org.agora.account.ActiveAccounts;
import org.agora.account.Actor;
import org.agora.account.AuditAction;
import org.agora.account.AuditLog;
import org.agora.base.BadInputException;
import org.agora.base.NotAllowedException;
import org.agora.lesson.LessonFile.LessonDoc;
import org.agora.lesson.LessonFile.QuestionDoc;
import org.agora.lesson.LessonFile.SectionDoc;
import org.agora.lesson.LessonFile.SentenceDoc;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Stores a checked lesson file as a new lesson with its first revision, published. */
@Service
public class LessonImporter {

    private final LessonRepository lessons;
    private final LessonRevisionRepository revisions;
    private final Clock clock;
    private final ActiveAccounts active;
    private final AuditLog audit;

    LessonImporter(
            LessonRepository lessons,
            LessonRevisionRepository revisions,
            Clock clock,
            ActiveAccounts active,
            AuditLog audit) {
        this.active = active;
        this.audit = audit;
        this.lessons = lessons;
        this.revisions = revisions;
        this.clock = clock;
    }

    /** For the bundled lessons at start-up. */
    @Transactional(readOnly = true)
    boolean exists(String slug) {
        return lessons.findBySlug(slug).isPresent();
    }

    /**
     * An admin imports a lesson file; it is published as a new lesson, and the audit log says
     * who imported it. Returns its revision id.
     */
    @Transactional
    public long importFile(Actor actor, byte[] file) {
        if (!active.check(actor).isAdmin()) {
            throw new NotAllowedException("lesson.import.refused");
        }
        long revisionId;
        try {
            revisionId = importPublished(new LessonFileReader().read(new java.io.ByteArrayInputStream(file)));
        } catch (java.io.IOException unreadable) {
            throw new BadInputException("file", "lesson.import.unreadable");
        }
        LessonRevision revision = revisions.findById(revisionId).orElseThrow();
        audit.record(actor, AuditAction.LESSON_IMPORTED, null, LessonEditing.describe(revision));
        return revisionId;
    }

    /**
     * Returns the id of the published revision. Unchecked, so not public: for the bundled lessons
     * at start-up, and for importFile after its admin check.
     */
    @Transactional
    long importPublished(LessonFile file) {
        LessonDoc doc = file.lesson();
        if (lessons.findBySlug(doc.slug()).isPresent()) {
            throw new BadInputException("file", "lesson.import.exists", doc.slug());
        }
        Lesson lesson = lessons.save(new Lesson(doc.slug(), clock.instant()));
        LessonRevision revision = new LessonRevision(lesson, 1, doc.title(), doc.language());
        if (doc.source() != null) {
            revision.describeSource(
                    doc.level(),
                    doc.source().author(),
                    doc.source().publication(),
                    doc.source().date(),
                    doc.source().url(),
                    doc.source().note());
        }
        if (doc.poll() != null) {
            revision.addQuestion(
                    null,
                    doc.poll().key() + "-before",
                    QuestionType.POLL_BEFORE,
                    doc.poll().prompt(),
                    null);
        }
        for (SectionDoc sectionDoc : doc.sections()) {
            Section section = revision.addSection(sectionDoc.key(), sectionDoc.title());
            int paragraph = 0;
            for (List<SentenceDoc> sentences : sectionDoc.paragraphs()) {
                for (SentenceDoc sentence : sentences) {
                    section.addSentence(paragraph, sentence.id(), sentence.text());
                }
                paragraph++;
            }
            if (sectionDoc.questions() != null) {
                sectionDoc.questions().forEach(q -> addQuestion(revision, section, q));
            }
        }
        if (doc.poll() != null) {
            revision.addQuestion(
                    null,
                    doc.poll().key() + "-after",
                    QuestionType.POLL_AFTER,
                    doc.poll().prompt(),
                    null);
        }
        revision.publish(clock.instant());
        return revisions.save(revision).getId();
    }

    static void addQuestion(LessonRevision revision, Section section, QuestionDoc doc) {
        QuestionType type = QuestionType.valueOf(doc.type());
        Question question = revision.addQuestion(section, doc.key(), type, doc.prompt(), doc.explanation());
        switch (type) {
            case SINGLE_CHOICE, MULTIPLE_CHOICE ->
                doc.options().forEach(o -> question.addOption(o.text(), o.correct()));
            case TRUE_FALSE -> {
                question.addOption("True", doc.answer());
                question.addOption("False", !doc.answer());
            }
            case SHORT_TEXT -> {
                doc.accepted().forEach(question::addAcceptedAnswer);
                question.acceptNearSpellings(doc.acceptsNearSpellings());
            }
            case ORDERING -> doc.items().forEach(item -> question.addOption(item, true));
            case EVIDENCE -> doc.sentences().forEach(question::addEvidenceSentence);
            default -> {
                // Debate questions have no options.
            }
        }
    }
}
