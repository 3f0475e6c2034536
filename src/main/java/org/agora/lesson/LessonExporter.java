package org.agora.lesson;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.agora.account.ActiveAccounts;
import org.agora.account.Actor;
import org.agora.base.BadInputException;
import org.agora.base.NotAllowedException;
import org.agora.lesson.LessonContent.OptionContent;
import org.agora.lesson.LessonContent.QuestionContent;
import org.agora.lesson.LessonContent.SectionContent;
import org.agora.lesson.LessonFile.LessonDoc;
import org.agora.lesson.LessonFile.OptionDoc;
import org.agora.lesson.LessonFile.PollDoc;
import org.agora.lesson.LessonFile.QuestionDoc;
import org.agora.lesson.LessonFile.SectionDoc;
import org.agora.lesson.LessonFile.SentenceDoc;
import org.agora.lesson.LessonFile.SourceDoc;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes a lesson revision as a lesson file (the format the bundled lesson is in), so that it
 * can be imported elsewhere. Reading the file back gives the same lesson.
 */
@Service
public class LessonExporter {

    private static final String POLL_BEFORE_SUFFIX = "-before";

    private final LessonRevisionRepository revisions;
    private final LessonCatalog catalog;
    private final ObjectMapper mapper = JsonMapper.builder()
            .serializationInclusion(JsonInclude.Include.NON_NULL)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .build();

    private final ActiveAccounts active;

    LessonExporter(LessonRevisionRepository revisions, LessonCatalog catalog, ActiveAccounts active) {
        this.active = active;
        this.revisions = revisions;
        this.catalog = catalog;
    }

    /** The lesson file of a revision, as UTF-8 JSON; admins only. */
    @Transactional(readOnly = true)
    public byte[] json(Actor actor, long revisionId) {
        if (!active.check(actor).isAdmin()) {
            throw new NotAllowedException("lesson.export.refused");
        }
        try {
            return mapper.writeValueAsBytes(file(revisionId));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The lesson's questions as GIFT, with what GIFT cannot hold left out and reported; admins only. */
    @Transactional(readOnly = true)
    public Gift.Export gift(Actor actor, long revisionId) {
        if (!active.check(actor).isAdmin()) {
            throw new NotAllowedException("lesson.export.refused");
        }
        return Gift.export(catalog.content(revisionId));
    }

    /** Unchecked, so not public: json() calls it after its admin check. */
    @Transactional(readOnly = true)
    LessonFile file(long revisionId) {
        LessonRevision revision = revisions
                .findById(revisionId)
                .orElseThrow(() -> new BadInputException("lesson", "lesson.not-published"));
        LessonContent content = catalog.content(revisionId);
        LessonContent.Source source = content.source();
        PollDoc poll = content.pollBefore() == null
                ? null
                : new PollDoc(
                        content.pollBefore()
                                .key()
                                .substring(0, content.pollBefore().key().length() - POLL_BEFORE_SUFFIX.length()),
                        content.pollBefore().prompt());
        List<SectionDoc> sections =
                content.sections().stream().map(LessonExporter::section).toList();
        return new LessonFile(
                LessonFile.FORMAT,
                LessonFile.VERSION,
                new LessonDoc(
                        revision.getLesson().getSlug(),
                        content.title(),
                        content.language(),
                        revision.getLevel(),
                        source == null
                                ? null
                                : new SourceDoc(
                                        source.author(),
                                        source.publication(),
                                        source.date(),
                                        source.url(),
                                        source.note()),
                        poll,
                        sections));
    }

    private static SectionDoc section(SectionContent section) {
        List<List<SentenceDoc>> paragraphs = section.paragraphs().stream()
                .map(p -> p.sentences().stream()
                        .map(s -> new SentenceDoc(s.key(), s.markdown()))
                        .toList())
                .toList();
        return new SectionDoc(
                section.key(),
                section.title(),
                paragraphs,
                section.questions().stream().map(LessonExporter::question).toList());
    }

    static QuestionDoc question(QuestionContent q) {
        List<OptionDoc> options = null;
        Boolean answer = null;
        List<String> accepted = null;
        List<String> items = null;
        List<String> sentences = null;
        Boolean nearSpellings = null;
        switch (q.type()) {
            case SINGLE_CHOICE, MULTIPLE_CHOICE ->
                options = q.options().stream()
                        .map(o -> new OptionDoc(o.text(), o.correct()))
                        .toList();
            case TRUE_FALSE ->
                answer = q.options().stream()
                        .filter(o -> o.text().equals("True"))
                        .map(OptionContent::correct)
                        .findFirst()
                        .orElse(Boolean.TRUE);
            case SHORT_TEXT -> {
                accepted = q.acceptedAnswers();
                // Written only when on, so a file of exact questions reads as it always did.
                nearSpellings = q.nearSpellings() ? Boolean.TRUE : null;
            }
            case ORDERING ->
                items = q.options().stream().map(OptionContent::text).toList();
            case EVIDENCE -> sentences = q.evidenceSentenceKeys();
            default -> {
                // Debate questions carry only their prompt.
            }
        }
        return new QuestionDoc(
                q.key(),
                q.type().name(),
                q.prompt(),
                q.explanation(),
                options,
                answer,
                accepted,
                items,
                sentences,
                nearSpellings);
    }
}
