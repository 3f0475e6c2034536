package org.agora.lesson;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.type.LogicalType;
import java.io.IOException;
import java.io.InputStream;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.agora.base.BadInputException;
import org.agora.lesson.LessonFile.LessonDoc;
import org.agora.lesson.LessonFile.OptionDoc;
import org.agora.lesson.LessonFile.QuestionDoc;
import org.agora.lesson.LessonFile.SectionDoc;
import org.agora.lesson.LessonFile.SentenceDoc;

/**
 * Reads and checks a lesson file. Every refusal names the place (section, question key)
 * and the rule, so an author can fix the file.
 */
public class LessonFileReader {

    /** A lesson file larger than this is refused before parsing. */
    public static final int MAX_BYTES = 2 * 1024 * 1024;

    private static final Pattern KEY = Pattern.compile("[a-z0-9][a-z0-9-]{0,39}");
    /** The poll's key gets "-before" or "-after" and must still fit a question key. */
    private static final int POLL_KEY_MAX = 33;

    private static final int OPTIONS_MAX = 12;
    private static final int SECTIONS_MAX = 50;
    private static final int SENTENCES_MAX = 300;
    private static final int QUESTIONS_MAX = 60;

    /**
     * Values are read as written, never converted: "answer": 0 or "false" is not a true/false
     * answer, "version": "1" is not a number, a number is not a text.
     */
    private final ObjectMapper mapper = strict(JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
            .build());

    private static ObjectMapper strict(ObjectMapper mapper) {
        for (LogicalType type :
                List.of(LogicalType.Boolean, LogicalType.Integer, LogicalType.Float, LogicalType.Textual)) {
            for (CoercionInputShape shape : List.of(
                    CoercionInputShape.Boolean,
                    CoercionInputShape.Integer,
                    CoercionInputShape.Float,
                    CoercionInputShape.String,
                    CoercionInputShape.EmptyString)) {
                mapper.coercionConfigFor(type).setCoercion(shape, CoercionAction.Fail);
            }
        }
        return mapper;
    }

    public LessonFile read(InputStream in) throws IOException {
        byte[] bytes = in.readNBytes(MAX_BYTES + 1);
        if (bytes.length > MAX_BYTES) {
            throw refuse("lesson.file.too-large", MAX_BYTES / 1024 / 1024);
        }
        JsonNode tree;
        try {
            tree = mapper.readTree(bytes);
        } catch (JsonProcessingException e) {
            throw refuse("lesson.file.not-json", e.getLocation().getLineNr());
        }
        if (tree == null
                || !tree.isObject()
                || !LessonFile.FORMAT.equals(tree.path("format").asText())) {
            throw refuse("lesson.file.not-agora", LessonFile.FORMAT);
        }
        int version = tree.path("version").isInt() ? tree.path("version").asInt() : -1;
        if (version != LessonFile.VERSION) {
            throw refuse("lesson.file.version", tree.path("version").toString(), LessonFile.VERSION);
        }
        LessonFile file;
        try {
            file = mapper.treeToValue(tree, LessonFile.class);
        } catch (UnrecognizedPropertyException e) {
            throw refuse("lesson.file.unknown-field", place(e), LessonFile.VERSION);
        } catch (JsonMappingException e) {
            throw refuse("lesson.file.wrong-kind", place(e), LessonFile.VERSION);
        } catch (JsonProcessingException e) {
            throw refuse(
                    "lesson.file.not-json",
                    e.getLocation() == null ? 0 : e.getLocation().getLineNr());
        }
        check(file.lesson());
        return file;
    }

    /** Where in the file the value is, as a path of field names and list positions; never the parser's own words. */
    private static String place(JsonMappingException e) {
        String path = e.getPath().stream()
                .map(r -> r.getFieldName() != null ? r.getFieldName() : String.valueOf(r.getIndex()))
                .collect(Collectors.joining("/"));
        return path.isEmpty() ? "/" : path;
    }

    private void check(LessonDoc lesson) {
        if (lesson == null) {
            throw refuse("lesson.file.no-lesson");
        }
        requireKey("lesson/slug", lesson.slug());
        requireText("lesson/title", lesson.title(), 200);
        requireText("lesson/language", lesson.language(), 16);
        if (lesson.sections() == null || lesson.sections().isEmpty()) {
            throw refuse("lesson.file.no-sections");
        }
        if (lesson.sections().size() > SECTIONS_MAX) {
            throw refuse("lesson.file.too-many", "lesson/sections", SECTIONS_MAX);
        }
        optionalText("lesson/level", lesson.level(), 80);
        if (lesson.source() != null) {
            optionalText("lesson/source/author", lesson.source().author(), 200);
            optionalText("lesson/source/publication", lesson.source().publication(), 200);
            optionalText("lesson/source/date", lesson.source().date(), 40);
            optionalText("lesson/source/url", lesson.source().url(), 500);
            optionalText("lesson/source/note", lesson.source().note(), 500);
        }
        if (lesson.poll() != null) {
            requireKey("lesson/poll/key", lesson.poll().key());
            if (lesson.poll().key().length() > POLL_KEY_MAX) {
                throw refuse("lesson.file.too-long", "lesson/poll/key", POLL_KEY_MAX);
            }
            requireText("lesson/poll/prompt", lesson.poll().prompt(), Question.PROMPT_MAX);
        }
        Set<String> sectionKeys = new HashSet<>();
        Set<String> questionKeys = new HashSet<>();
        if (lesson.poll() != null) {
            questionKeys.add(lesson.poll().key() + "-before");
            questionKeys.add(lesson.poll().key() + "-after");
        }
        for (SectionDoc section : lesson.sections()) {
            requirePresent("lesson/sections", section);
            requireKey("lesson/sections/key", section.key());
            if (!sectionKeys.add(section.key())) {
                throw refuse("lesson.file.twice", section.key(), "lesson/sections");
            }
            checkSection(section, questionKeys);
        }
    }

    private void checkSection(SectionDoc section, Set<String> questionKeys) {
        String where = "lesson/sections/" + section.key();
        requireText(where + "/title", section.title(), 200);
        if (section.paragraphs() == null || section.paragraphs().isEmpty()) {
            throw refuse("lesson.file.empty", where + "/paragraphs");
        }
        Set<String> sentenceKeys = new HashSet<>();
        if (section.paragraphs().stream()
                        .mapToInt(p -> p == null ? 0 : p.size())
                        .sum()
                > SENTENCES_MAX) {
            throw refuse("lesson.file.too-many", where + "/paragraphs", SENTENCES_MAX);
        }
        if (section.questions() != null && section.questions().size() > QUESTIONS_MAX) {
            throw refuse("lesson.file.too-many", where + "/questions", QUESTIONS_MAX);
        }
        for (List<SentenceDoc> paragraph : section.paragraphs()) {
            if (paragraph == null || paragraph.isEmpty()) {
                throw refuse("lesson.file.empty-paragraph", where + "/paragraphs");
            }
            for (SentenceDoc sentence : paragraph) {
                requirePresent(where + "/paragraphs", sentence);
                requireKey(where + "/paragraphs/id", sentence.id());
                requireText(where + "/paragraphs/" + sentence.id(), sentence.text(), Sentence.TEXT_MAX);
                if (!sentenceKeys.add(sentence.id())) {
                    throw refuse("lesson.file.twice", sentence.id(), where + "/paragraphs");
                }
            }
        }
        for (QuestionDoc question : section.questions() == null ? List.<QuestionDoc>of() : section.questions()) {
            requirePresent(where + "/questions", question);
            requireKey(where + "/questions/key", question.key());
            if (!questionKeys.add(question.key())) {
                throw refuse("lesson.file.twice", question.key(), where + "/questions");
            }
            checkQuestion(where + "/questions/" + question.key(), question, sentenceKeys);
        }
    }

    private void checkQuestion(String where, QuestionDoc q, Set<String> sentenceKeys) {
        QuestionType type = typeOf(where, q);
        if (type == QuestionType.POLL_BEFORE || type == QuestionType.POLL_AFTER) {
            throw refuse("lesson.file.poll-in-section", where);
        }
        requireText(where + "/prompt", q.prompt(), Question.PROMPT_MAX);
        if (type.isComprehension()) {
            requireText(where + "/explanation", q.explanation(), Question.EXPLANATION_MAX);
        }
        onlyFields(where, type, q);
        switch (type) {
            case SINGLE_CHOICE -> {
                requireOptions(where, q.options(), 2);
                if (q.options().stream().filter(OptionDoc::correct).count() != 1) {
                    throw refuse("lesson.file.single-one-right", where);
                }
            }
            case MULTIPLE_CHOICE -> {
                requireOptions(where, q.options(), 2);
                if (q.options().stream().noneMatch(OptionDoc::correct)) {
                    throw refuse("lesson.file.multiple-some-right", where);
                }
            }
            case TRUE_FALSE -> {
                if (q.answer() == null) {
                    throw refuse("lesson.file.true-false", where);
                }
            }
            case SHORT_TEXT -> {
                if (q.accepted() == null || q.accepted().isEmpty()) {
                    throw refuse("lesson.file.short-accepted", where);
                }
                q.accepted().forEach(a -> requireText(where + "/accepted", a, 200));
            }
            case ORDERING -> {
                if (q.items() == null || q.items().size() < 3) {
                    throw refuse("lesson.file.ordering-three", where);
                }
                if (q.items().size() > OPTIONS_MAX) {
                    throw refuse("lesson.file.too-many", where + "/items", OPTIONS_MAX);
                }
                q.items().forEach(i -> requireText(where + "/items", i, QuestionOption.TEXT_MAX));
            }
            case EVIDENCE -> {
                if (q.sentences() == null || q.sentences().isEmpty()) {
                    throw refuse("lesson.file.evidence-none", where);
                }
                for (String id : q.sentences()) {
                    if (!sentenceKeys.contains(id)) {
                        throw refuse("lesson.file.evidence-missing", where, id);
                    }
                }
            }
            default -> {
                // Debate questions need only their prompt.
            }
        }
    }

    private static void onlyFields(String where, QuestionType type, QuestionDoc q) {
        boolean choice = type == QuestionType.SINGLE_CHOICE || type == QuestionType.MULTIPLE_CHOICE;
        if (q.options() != null && !choice
                || q.answer() != null && type != QuestionType.TRUE_FALSE
                || q.accepted() != null && type != QuestionType.SHORT_TEXT
                || q.nearSpellings() != null && type != QuestionType.SHORT_TEXT
                || q.items() != null && type != QuestionType.ORDERING
                || q.sentences() != null && type != QuestionType.EVIDENCE
                || q.explanation() != null && !type.isComprehension()) {
            throw refuse("lesson.file.unused-field", where, type.name());
        }
    }

    private static QuestionType typeOf(String where, QuestionDoc q) {
        try {
            return QuestionType.valueOf(String.valueOf(q.type()));
        } catch (IllegalArgumentException e) {
            throw refuse("lesson.file.unknown-type", where, String.valueOf(q.type()));
        }
    }

    private static void requireOptions(String where, List<OptionDoc> options, int min) {
        if (options == null || options.size() < min) {
            throw refuse("lesson.file.options-min", where, min);
        }
        if (options.size() > OPTIONS_MAX) {
            throw refuse("lesson.file.too-many", where + "/options", OPTIONS_MAX);
        }
        options.forEach(o -> requirePresent(where + "/options", o));
        options.forEach(o -> requireText(where + "/options", o.text(), QuestionOption.TEXT_MAX));
    }

    /** A null in a list of the file ([a, null]) is refused by name, not met later as a missing object. */
    private static void requirePresent(String where, Object entry) {
        if (entry == null) {
            throw refuse("lesson.file.null-entry", where);
        }
    }

    private static void requireKey(String where, String key) {
        if (key == null || !KEY.matcher(key).matches()) {
            throw refuse("lesson.file.key", String.valueOf(key), where);
        }
    }

    private static void requireText(String where, String text, int max) {
        if (text == null || text.isBlank()) {
            throw refuse("lesson.file.empty", where);
        }
        if (text.length() > max) {
            throw refuse("lesson.file.too-long", where, max);
        }
    }

    private static void optionalText(String where, String text, int max) {
        if (text != null && text.length() > max) {
            throw refuse("lesson.file.too-long", where, max);
        }
    }

    /** Places in the file are given as paths of its keys (lesson/sections/s1/questions/s1-q2), the same in every language. */
    private static BadInputException refuse(String key, Object... args) {
        return new BadInputException("file", key, args);
    }
}
