package org.agora.dashboard;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.agora.account.Actor;
import org.agora.base.Messages;
import org.agora.classroom.ClassSessionService;
import org.agora.classroom.ReviewService;
import org.agora.classroom.RubricFeedback;
import org.agora.classroom.SessionRecords;
import org.agora.classroom.SessionRecords.AnswerRecord;
import org.agora.classroom.SessionRecords.ParticipantRecord;
import org.agora.classroom.SessionSummary;
import org.agora.lesson.LessonCatalog;
import org.agora.lesson.LessonContent;
import org.agora.lesson.LessonContent.OptionContent;
import org.agora.lesson.LessonContent.QuestionContent;
import org.agora.lesson.LessonContent.SectionContent;
import org.agora.lesson.LessonContent.SentenceContent;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.QuoteMode;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A session's answers as CSV for spreadsheets: one row per student and question (empty answer
 * cells where none was given), UTF-8 with a byte-order mark so spreadsheet programs read the
 * accents right. Every field is quoted, so a spreadsheet that splits on semicolons keeps a cell
 * whole; text that a spreadsheet would run as a formula is defused ({@link FormulaDefusing}).
 */
@Service
public class CsvExport {

    public static final List<String> HEADER = List.of(
            "session",
            "student",
            "section",
            "question",
            "type",
            "answer",
            "correct or score",
            "stance",
            "cited sentences",
            "time");
    private static final String BOM = "\uFEFF";

    private final ClassSessionService sessions;
    private final SessionRecords records;
    private final ReviewService reviews;
    private final LessonCatalog lessons;

    CsvExport(ClassSessionService sessions, SessionRecords records, ReviewService reviews, LessonCatalog lessons) {
        this.sessions = sessions;
        this.records = records;
        this.reviews = reviews;
        this.lessons = lessons;
    }

    /** A file name for the download, from the session's join code (never from free text). */
    public static String fileName(SessionSummary session) {
        return "agora-" + session.joinCode().toLowerCase(Locale.ROOT) + ".csv";
    }

    @Transactional(readOnly = true)
    public byte[] csv(Actor actor, long sessionId) {
        SessionSummary session = sessions.get(actor, sessionId);
        LessonContent content = lessons.content(session.revisionId());
        Map<String, AnswerRecord> latest = new HashMap<>();
        SessionRecords.latest(records.answers(actor, sessionId))
                .forEach(a -> latest.put(a.participantId() + "/" + a.questionId(), a));
        Map<Long, Integer> scores = reviews.scores(actor, sessionId);
        Map<String, String> sentences = content.sections().stream()
                .flatMap(SectionContent::sentences)
                .collect(Collectors.toMap(SentenceContent::key, SentenceContent::text));
        StringWriter out = new StringWriter();
        out.write(BOM);
        try (CSVPrinter csv = new CSVPrinter(
                out,
                CSVFormat.RFC4180
                        .builder()
                        .setHeader(HEADER.toArray(String[]::new))
                        .setQuoteMode(QuoteMode.ALL)
                        .get())) {
            for (ParticipantRecord student : records.participants(actor, sessionId)) {
                for (QuestionContent q : content.allQuestions()) {
                    AnswerRecord a = latest.get(student.id() + "/" + q.id());
                    int section = content.sectionIndexOf(q.key());
                    csv.printRecord(
                            safe(session.title()),
                            safe(student.displayName()),
                            sectionLabel(section, content),
                            q.key(),
                            q.type().name().toLowerCase(Locale.ROOT),
                            a == null ? "" : safe(shown(q, a, content, sentences)),
                            a == null ? "" : verdict(a, scores.get(a.id())),
                            a == null || a.stance() == null ? "" : Messages.english("stance." + a.stance()),
                            a == null || !q.type().takesStance()
                                    ? ""
                                    : safe(a.selection().stream()
                                            .map(k -> sentences.getOrDefault(k, k))
                                            .collect(Collectors.joining(" | "))),
                            a == null ? "" : DateTimeFormatter.ISO_INSTANT.format(a.submittedAt()));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String sectionLabel(int index, LessonContent content) {
        if (index < 0) {
            return "before";
        }
        return index >= content.sections().size() ? "after" : String.valueOf(index + 1);
    }

    /** The answer in the words the student saw: option texts, the order, the sentence, the text. */
    private static String shown(
            QuestionContent q, AnswerRecord a, LessonContent content, Map<String, String> sentences) {
        return switch (q.type()) {
            case SINGLE_CHOICE, TRUE_FALSE, MULTIPLE_CHOICE ->
                a.selection().stream().map(id -> option(q, id)).collect(Collectors.joining("; "));
            case ORDERING -> a.selection().stream().map(id -> option(q, id)).collect(Collectors.joining(" → "));
            case EVIDENCE ->
                a.selection().stream().map(k -> sentences.getOrDefault(k, k)).collect(Collectors.joining("; "));
            case SHORT_TEXT, DEBATE -> a.text() == null ? "" : a.text();
            case POLL_BEFORE, POLL_AFTER -> a.stance() == null ? "" : Messages.english("stance." + a.stance());
        };
    }

    private static String verdict(AnswerRecord a, Integer score) {
        if (a.correct() != null) {
            return a.correct() ? "correct" : "incorrect";
        }
        return score == null ? "" : score + "/" + 3 * RubricFeedback.SCORE_MAX;
    }

    private static String option(QuestionContent q, String id) {
        return q.options().stream()
                .filter(o -> String.valueOf(o.id()).equals(id))
                .map(OptionContent::text)
                .findFirst()
                .orElse(id);
    }

    private static String safe(String text) {
        return FormulaDefusing.defused(text);
    }
}
