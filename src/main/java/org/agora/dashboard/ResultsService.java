package org.agora.dashboard;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.agora.classroom.SessionRecords;
import org.agora.classroom.SessionRecords.AnswerRecord;
import org.agora.classroom.SessionRecords.ParticipantRecord;
import org.agora.classroom.SessionSummary;
import org.agora.classroom.ShortText;
import org.agora.dashboard.QuestionResult.Bar;
import org.agora.dashboard.QuestionResult.Tries;
import org.agora.dashboard.QuestionResult.Wrong;
import org.agora.lesson.LessonContent;
import org.agora.lesson.LessonContent.OptionContent;
import org.agora.lesson.LessonContent.QuestionContent;
import org.agora.lesson.LessonContent.SectionContent;
import org.agora.lesson.LessonContent.SentenceContent;
import org.agora.lesson.QuestionType;

/**
 * The class's results, question by question: how many chose each answer, the share right and
 * the most chosen wrong answers; stances and cited sentences of debate questions; the opinion
 * shift. Each student counts with their latest answer to a question; the first tries are
 * counted beside, since they tell what the class thought before feedback. Computed from what
 * {@link BoardService} read of the session; nothing here reads the database.
 */
public final class ResultsService {

    /** Free answers (typed text, orders, sentences) show the most frequent ones only. */
    static final int MOST_FREQUENT = 6;

    private static final int SCALE = 5;

    /** Questions whose every option is shown, chosen or not. */
    private static final Set<QuestionType> CHOICES =
            Set.of(QuestionType.SINGLE_CHOICE, QuestionType.TRUE_FALSE, QuestionType.MULTIPLE_CHOICE);

    private ResultsService() {}

    /**
     * Everything the dashboard and the projector show of a session's answers. Cited sentences
     * are in each debate question's result: stances of different questions do not add up.
     */
    public record SessionResults(SessionSummary session, List<QuestionResult> questions, OpinionShift shift) {

        public QuestionResult question(String key) {
            return questions.stream()
                    .filter(q -> q.key().equals(key))
                    .findFirst()
                    .orElseThrow();
        }
    }

    /** The results from what was read of the session: its students and all their attempts. */
    static SessionResults of(
            SessionSummary session,
            LessonContent content,
            List<ParticipantRecord> participants,
            List<AnswerRecord> all) {
        Map<Long, List<AnswerRecord>> latestByQuestion = latest(all);
        Map<Long, List<AnswerRecord>> firstByQuestion = firstTries(all);
        List<QuestionResult> results = new ArrayList<>();
        for (QuestionContent q : content.allQuestions()) {
            SectionContent section = content.sectionOf(q.key()).orElse(null);
            results.add(result(
                    q,
                    section,
                    latestByQuestion.getOrDefault(q.id(), List.of()),
                    firstByQuestion.getOrDefault(q.id(), List.of())));
        }
        Map<Long, String> names =
                participants.stream().collect(Collectors.toMap(ParticipantRecord::id, ParticipantRecord::displayName));
        return new SessionResults(session, results, shift(content, latestByQuestion, names));
    }

    /** Each student's latest attempt, by question id. */
    private static Map<Long, List<AnswerRecord>> latest(List<AnswerRecord> answers) {
        return SessionRecords.latest(answers).stream()
                .collect(Collectors.groupingBy(AnswerRecord::questionId, LinkedHashMap::new, Collectors.toList()));
    }

    /** Each student's first attempt, by question id. */
    private static Map<Long, List<AnswerRecord>> firstTries(List<AnswerRecord> answers) {
        Map<String, AnswerRecord> first = new LinkedHashMap<>();
        for (AnswerRecord a : answers) {
            first.merge(a.participantId() + "/" + a.questionId(), a, (x, y) -> x.attempt() <= y.attempt() ? x : y);
        }
        return first.values().stream()
                .collect(Collectors.groupingBy(AnswerRecord::questionId, LinkedHashMap::new, Collectors.toList()));
    }

    static QuestionResult result(
            QuestionContent q, SectionContent section, List<AnswerRecord> answers, List<AnswerRecord> firstTries) {
        List<Bar> allBars = bars(q, section, answers);
        List<Bar> bars = CHOICES.contains(q.type())
                ? allBars
                : allBars.stream().limit(MOST_FREQUENT).toList();
        List<Integer> stances = q.type().takesStance() ? stances(answers) : List.of();
        Map<String, List<Integer>> citations = q.type() == QuestionType.DEBATE ? citations(section, answers) : Map.of();
        Tries first = new Tries(firstTries.size(), right(q, firstTries), mostChosenWrong(bars(q, section, firstTries)));
        boolean retried = !ids(answers).equals(ids(firstTries));
        return new QuestionResult(
                q.key(),
                q.type(),
                q.prompt(),
                answers.size(),
                right(q, answers),
                bars,
                mostChosenWrong(allBars),
                retried,
                first,
                stances,
                citations);
    }

    /** How many answers are right; null for opinions, which are not scored. */
    private static Integer right(QuestionContent q, List<AnswerRecord> answers) {
        return q.type().isComprehension()
                ? (int) answers.stream()
                        .filter(a -> Boolean.TRUE.equals(a.correct()))
                        .count()
                : null;
    }

    /** Every answer given and how many gave it: options in lesson order, free answers most frequent first. */
    private static List<Bar> bars(QuestionContent q, SectionContent section, List<AnswerRecord> answers) {
        return switch (q.type()) {
            case SINGLE_CHOICE, TRUE_FALSE, MULTIPLE_CHOICE ->
                q.options().stream()
                        .map(o -> new Bar(
                                o.text(),
                                (int) answers.stream()
                                        .filter(a -> a.selection().contains(String.valueOf(o.id())))
                                        .count(),
                                o.correct()))
                        .toList();
            case ORDERING ->
                grouped(
                        answers,
                        a -> String.join(
                                " → ",
                                a.selection().stream()
                                        .map(id -> optionText(q, id))
                                        .toList()));
            case EVIDENCE ->
                grouped(
                        answers,
                        a -> sentenceText(
                                section,
                                a.selection().isEmpty() ? "" : a.selection().get(0)));
            case SHORT_TEXT -> asTyped(grouped(answers, a -> ShortText.normalize(a.text())), answers);
            default -> List.of();
        };
    }

    /** The wrong answers chosen most, all of those tied at the top, in the order of {@code bars}; null if none. */
    static Wrong mostChosenWrong(List<Bar> bars) {
        int most =
                bars.stream().filter(b -> !b.right()).mapToInt(Bar::count).max().orElse(0);
        if (most == 0) {
            return null;
        }
        return new Wrong(
                bars.stream()
                        .filter(b -> !b.right() && b.count() == most)
                        .map(Bar::label)
                        .toList(),
                most);
    }

    private static Set<Long> ids(List<AnswerRecord> answers) {
        return answers.stream().map(AnswerRecord::id).collect(Collectors.toSet());
    }

    /** Answers grouped by {@code label}, most frequent first; a group is right if its answers were scored right. */
    private static List<Bar> grouped(List<AnswerRecord> answers, Function<AnswerRecord, String> label) {
        Map<String, int[]> counts = new LinkedHashMap<>();
        Map<String, Boolean> right = new HashMap<>();
        for (AnswerRecord a : answers) {
            String key = label.apply(a);
            counts.computeIfAbsent(key, k -> new int[1])[0]++;
            right.merge(key, Boolean.TRUE.equals(a.correct()), Boolean::logicalOr);
        }
        return counts.entrySet().stream()
                .sorted(Comparator.comparingInt((Map.Entry<String, int[]> e) -> -e.getValue()[0])
                        .thenComparing(Map.Entry::getKey))
                .map(e -> new Bar(e.getKey(), e.getValue()[0], right.get(e.getKey())))
                .toList();
    }

    /** Typed answers are grouped by their normalised form but shown as the class most often typed them. */
    private static List<Bar> asTyped(List<Bar> bars, List<AnswerRecord> answers) {
        Map<String, Map<String, Integer>> spellings = new HashMap<>();
        for (AnswerRecord a : answers) {
            spellings
                    .computeIfAbsent(ShortText.normalize(a.text()), k -> new HashMap<>())
                    .merge(a.text().strip(), 1, Integer::sum);
        }
        return bars.stream()
                .map(b -> new Bar(
                        spellings.get(b.label()).entrySet().stream()
                                .max(Map.Entry.<String, Integer>comparingByValue()
                                        .thenComparing(Map.Entry::getKey, Comparator.reverseOrder()))
                                .map(Map.Entry::getKey)
                                .orElse(b.label()),
                        b.count(),
                        b.right()))
                .toList();
    }

    private static List<Integer> stances(List<AnswerRecord> answers) {
        int[] counts = new int[SCALE];
        answers.stream().filter(a -> a.stance() != null).forEach(a -> counts[a.stance() - 1]++);
        return Arrays.stream(counts).boxed().toList();
    }

    private static Map<String, List<Integer>> citations(SectionContent section, List<AnswerRecord> answers) {
        Map<String, List<Integer>> bySentence = new LinkedHashMap<>();
        if (section != null) {
            section.sentences().forEach(s -> bySentence.put(s.key(), zeros()));
        }
        for (AnswerRecord a : answers) {
            for (String sentence : a.selection()) {
                if (bySentence.containsKey(sentence) && a.stance() != null) {
                    List<Integer> perStance = new ArrayList<>(bySentence.get(sentence));
                    perStance.set(a.stance() - 1, perStance.get(a.stance() - 1) + 1);
                    bySentence.put(sentence, List.copyOf(perStance));
                }
            }
        }
        bySentence.values().removeIf(perStance -> perStance.stream().allMatch(n -> n == 0));
        return bySentence;
    }

    /**
     * Each student's latest stance before reading against their latest after it. The poll before
     * reading closes when a student starts reading (BeforeReading), so its latest answer is the
     * stance they held before reading, the same one their screen, the poll's card and the CSV show.
     */
    static OpinionShift shift(LessonContent content, Map<Long, List<AnswerRecord>> latest, Map<Long, String> names) {
        if (content.pollBefore() == null || content.pollAfter() == null) {
            return new OpinionShift(zeros(), zeros(), List.of());
        }
        List<AnswerRecord> before = latest.getOrDefault(content.pollBefore().id(), List.of()).stream()
                .sorted(Comparator.comparingLong(AnswerRecord::participantId))
                .toList();
        List<AnswerRecord> after = latest.getOrDefault(content.pollAfter().id(), List.of());
        Map<Long, Integer> afterByStudent =
                after.stream().collect(Collectors.toMap(AnswerRecord::participantId, AnswerRecord::stance));
        List<OpinionShift.Move> moves = before.stream()
                .filter(b -> afterByStudent.containsKey(b.participantId()))
                .map(b -> new OpinionShift.Move(
                        names.getOrDefault(b.participantId(), "?"), b.stance(), afterByStudent.get(b.participantId())))
                .toList();
        return new OpinionShift(stances(before), stances(after), moves);
    }

    private static List<Integer> zeros() {
        return Collections.nCopies(SCALE, 0);
    }

    private static String optionText(QuestionContent q, String id) {
        return q.options().stream()
                .filter(o -> String.valueOf(o.id()).equals(id))
                .map(OptionContent::text)
                .findFirst()
                .orElse(id);
    }

    private static String sentenceText(SectionContent section, String key) {
        return section == null
                ? key
                : section.sentences()
                        .filter(s -> s.key().equals(key))
                        .map(SentenceContent::text)
                        .findFirst()
                        .orElse(key);
    }
}
