package org.agora.lesson;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.agora.lesson.LessonDraft.Details;
import org.agora.lesson.LessonDraft.SectionDraft;
import org.agora.lesson.LessonFile.OptionDoc;
import org.agora.lesson.LessonFile.QuestionDoc;
import org.agora.lesson.LessonFile.SentenceDoc;

/** The rules a lesson draft must follow to be saved; each problem names its field. */
final class DraftRules {

    static final int TITLE_MAX = 200;
    static final int LANGUAGE_MAX = 16;
    static final int LEVEL_MAX = 80;
    static final int SOURCE_MAX = 200;
    static final int DATE_MAX = 40;
    static final int URL_MAX = 500;
    static final int NOTE_MAX = 500;
    static final int SECTIONS_MAX = 50;
    static final int SENTENCES_MAX = 300;
    static final int QUESTIONS_MAX = 60;
    static final int OPTIONS_MAX = 12;
    static final int ACCEPTED_MAX = 200;

    private static final Pattern KEY = Pattern.compile("[a-z0-9][a-z0-9-]{0,39}");

    private final List<DraftProblem> problems = new ArrayList<>();

    /** Whether the draft is checked for publishing: only then must every comprehension question explain itself. */
    private final boolean publishing;

    private DraftRules(boolean publishing) {
        this.publishing = publishing;
    }

    /** The problems that stop a draft from being saved. */
    static List<DraftProblem> check(LessonDraft draft) {
        return check(draft, false);
    }

    /**
     * The problems that stop a draft from being saved, or with {@code publishing} from being
     * published: a question without its explanation may wait in a draft (an imported bank has
     * none), but no class sees it so.
     */
    static List<DraftProblem> check(LessonDraft draft, boolean publishing) {
        DraftRules rules = new DraftRules(publishing);
        rules.details(draft.details());
        if (draft.poll() != null
                && draft.poll().prompt() != null
                && !draft.poll().prompt().isBlank()) {
            rules.text("poll", draft.poll().prompt(), Question.PROMPT_MAX, false);
        }
        if (draft.sections().isEmpty()) {
            rules.problem("sections", "draft.sections.none");
        }
        if (draft.sections().size() > SECTIONS_MAX) {
            rules.problem("sections", "draft.sections.too-many", SECTIONS_MAX);
        }
        for (int i = 0; i < draft.sections().size(); i++) {
            rules.section(i, draft.sections().get(i));
        }
        rules.keys(draft);
        return List.copyOf(rules.problems);
    }

    /** Keys come from the editor, never from a person; a broken one is a fault of the caller. */
    private void keys(LessonDraft draft) {
        Set<String> sections = new HashSet<>();
        Set<String> questions = new HashSet<>();
        if (draft.poll() != null
                && !KEY.matcher(String.valueOf(draft.poll().key())).matches()) {
            problem("poll", "draft.key", draft.poll().key());
        }
        for (int i = 0; i < draft.sections().size(); i++) {
            SectionDraft section = draft.sections().get(i);
            if (section.key() == null || !KEY.matcher(section.key()).matches() || !sections.add(section.key())) {
                problem(DraftProblem.section(i, "title"), "draft.key", section.key());
            }
            for (int q = 0; q < section.questions().size(); q++) {
                String key = section.questions().get(q).key();
                if (key == null || !KEY.matcher(key).matches() || !questions.add(key)) {
                    problem(DraftProblem.question(i, q, "prompt"), "draft.key", key);
                }
            }
        }
    }

    private void details(Details details) {
        text("title", details.title(), TITLE_MAX, true);
        text("language", details.language(), LANGUAGE_MAX, true);
        text("level", details.level(), LEVEL_MAX, false);
        text("author", details.author(), SOURCE_MAX, false);
        text("publication", details.publication(), SOURCE_MAX, false);
        text("date", details.date(), DATE_MAX, false);
        text("note", details.note(), NOTE_MAX, false);
        if (text("url", details.url(), URL_MAX, false)
                && details.url() != null
                && !details.url().isBlank()
                && !details.url().strip().matches("(?i)https?://[^\\s<>\"]+")) {
            problem("url", "draft.url.web");
        }
    }

    private void section(int index, SectionDraft section) {
        text(DraftProblem.section(index, "title"), section.title(), TITLE_MAX, true);
        List<List<SentenceDoc>> paragraphs = section.sentences();
        List<SentenceDoc> sentences = paragraphs.stream().flatMap(List::stream).toList();
        String textField = DraftProblem.section(index, "text");
        if (sentences.isEmpty()) {
            problem(textField, "draft.section.no-text");
        } else if (sentences.size() > SENTENCES_MAX) {
            problem(textField, "draft.section.too-many-sentences", SENTENCES_MAX);
        } else {
            sentences.stream()
                    .filter(s -> s.text().length() > Sentence.TEXT_MAX)
                    .findFirst()
                    .ifPresent(s ->
                            problem(textField, "draft.section.long-sentence", Sentence.TEXT_MAX, shorten(s.text())));
        }
        if (section.questions().size() > QUESTIONS_MAX) {
            problem(DraftProblem.section(index, "questions"), "draft.section.too-many-questions", QUESTIONS_MAX);
        }
        Set<String> keys = sentences.stream().map(SentenceDoc::id).collect(Collectors.toSet());
        for (int q = 0; q < section.questions().size(); q++) {
            question(index, q, section.questions().get(q), keys);
        }
    }

    private void question(int section, int index, QuestionDoc q, Set<String> sentenceKeys) {
        QuestionType type = typeOf(q.type());
        if (type == null || type.isPoll()) {
            problem(DraftProblem.question(section, index, "prompt"), "draft.type", q.type());
            return;
        }
        text(DraftProblem.question(section, index, "prompt"), q.prompt(), Question.PROMPT_MAX, true);
        text(
                DraftProblem.question(section, index, "explanation"),
                q.explanation(),
                Question.EXPLANATION_MAX,
                publishing && type.isComprehension());
        if (q.acceptsNearSpellings() && type != QuestionType.SHORT_TEXT) {
            problem(DraftProblem.question(section, index, "prompt"), "draft.near-spellings.short-text-only");
        }
        String options = DraftProblem.question(section, index, "options");
        switch (type) {
            case SINGLE_CHOICE -> {
                if (options(options, q.options())
                        && q.options().stream().filter(OptionDoc::correct).count() != 1) {
                    problem(options, "draft.single.one-right");
                }
            }
            case MULTIPLE_CHOICE -> {
                if (options(options, q.options()) && q.options().stream().noneMatch(OptionDoc::correct)) {
                    problem(options, "draft.multiple.some-right");
                }
            }
            case TRUE_FALSE -> {
                if (q.answer() == null) {
                    problem(DraftProblem.question(section, index, "answer"), "draft.true-false.answer");
                }
            }
            case SHORT_TEXT -> {
                String field = DraftProblem.question(section, index, "accepted");
                List<String> accepted = nonBlank(q.accepted());
                if (accepted.isEmpty()) {
                    problem(field, "draft.short.accepted");
                } else if (accepted.size() > OPTIONS_MAX) {
                    problem(field, "draft.short.too-many", OPTIONS_MAX);
                } else {
                    accepted.stream()
                            .filter(a -> a.length() > ACCEPTED_MAX)
                            .findFirst()
                            .ifPresent(a -> problem(field, "draft.short.long", ACCEPTED_MAX));
                }
            }
            case ORDERING -> {
                String field = DraftProblem.question(section, index, "items");
                List<String> items = q.items() == null ? List.of() : q.items();
                if (items.size() < 3) {
                    problem(field, "draft.ordering.three");
                } else if (items.size() > OPTIONS_MAX) {
                    problem(field, "draft.ordering.too-many", OPTIONS_MAX);
                } else if (items.stream().anyMatch(i -> i == null || i.isBlank())) {
                    problem(field, "draft.item.empty");
                } else if (items.stream().anyMatch(i -> i.length() > QuestionOption.TEXT_MAX)) {
                    problem(field, "draft.item.long", QuestionOption.TEXT_MAX);
                }
            }
            case EVIDENCE -> {
                String field = DraftProblem.question(section, index, "sentences");
                List<String> chosen = q.sentences() == null ? List.of() : q.sentences();
                if (chosen.isEmpty()) {
                    problem(field, "draft.evidence.none");
                } else {
                    chosen.stream()
                            .filter(k -> !sentenceKeys.contains(k))
                            .findFirst()
                            .ifPresent(k -> problem(field, "draft.evidence.missing", k));
                }
            }
            default -> {
                // A debate question needs only its prompt.
            }
        }
    }

    /** Checks the options of a choice question; false if the rule on right options cannot be judged yet. */
    private boolean options(String field, List<OptionDoc> options) {
        List<OptionDoc> given = options == null ? List.of() : options;
        if (given.size() < 2) {
            problem(field, "draft.options.two");
            return false;
        }
        if (given.size() > OPTIONS_MAX) {
            problem(field, "draft.options.too-many", OPTIONS_MAX);
            return false;
        }
        if (given.stream().anyMatch(o -> o.text() == null || o.text().isBlank())) {
            problem(field, "draft.item.empty");
            return false;
        }
        if (given.stream().anyMatch(o -> o.text().length() > QuestionOption.TEXT_MAX)) {
            problem(field, "draft.item.long", QuestionOption.TEXT_MAX);
            return false;
        }
        return true;
    }

    /** Checks a text's presence and length; true when it passed. */
    private boolean text(String field, String value, int max, boolean required) {
        if (value == null || value.isBlank()) {
            if (required) {
                problem(field, "draft.required");
                return false;
            }
            return true;
        }
        if (value.length() > max) {
            problem(field, "draft.too-long", max, value.length());
            return false;
        }
        return true;
    }

    private static QuestionType typeOf(String name) {
        try {
            return QuestionType.valueOf(String.valueOf(name));
        } catch (IllegalArgumentException unknown) {
            return null;
        }
    }

    private static List<String> nonBlank(List<String> values) {
        return values == null
                ? List.of()
                : values.stream().filter(v -> v != null && !v.isBlank()).toList();
    }

    private static String shorten(String text) {
        return text.length() <= 60 ? text : text.substring(0, 60) + "…";
    }

    private void problem(String field, String key, Object... args) {
        problems.add(new DraftProblem(field, key, args));
    }
}
