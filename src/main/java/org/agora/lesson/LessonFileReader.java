package org.agora.lesson;

import java.io.IOException;
import java.io.InputStream;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

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

    private final ObjectMapper mapper = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .build();

    public LessonFile read(InputStream in) throws IOException {
        byte[] bytes = in.readNBytes(MAX_BYTES + 1);
        if (bytes.length > MAX_BYTES) {
            throw refuse("The lesson file is larger than " + MAX_BYTES / 1024 / 1024 + " MB.");
        }
        JsonNode tree;
        try {
            tree = mapper.readTree(bytes);
        } catch (JsonProcessingException e) {
            throw refuse("The lesson file is not valid JSON (line " + e.getLocation().getLineNr() + ").");
        }
        if (tree == null || !tree.isObject() || !LessonFile.FORMAT.equals(tree.path("format").asText())) {
            throw refuse("This is not an Agora lesson file (\"format\" must be \"" + LessonFile.FORMAT + "\").");
        }
        int version = tree.path("version").asInt(-1);
        if (version != LessonFile.VERSION) {
            throw refuse("Unknown lesson file version " + tree.path("version") + "; this Agora reads version "
                    + LessonFile.VERSION + ".");
        }
        LessonFile file;
        try {
            file = mapper.treeToValue(tree, LessonFile.class);
        } catch (JsonProcessingException e) {
            throw refuse("The lesson file does not follow version 1: " + e.getOriginalMessage());
        }
        check(file.lesson());
        return file;
    }

    private void check(LessonDoc lesson) {
        if (lesson == null) {
            throw refuse("The lesson file has no \"lesson\".");
        }
        requireKey("lesson slug", lesson.slug());
        requireText("lesson title", lesson.title(), 200);
        requireText("lesson language", lesson.language(), 16);
        if (lesson.sections() == null || lesson.sections().isEmpty()) {
            throw refuse("The lesson has no sections.");
        }
        if (lesson.sections().size() > SECTIONS_MAX) {
            throw refuse("The lesson has more than " + SECTIONS_MAX + " sections.");
        }
        optionalText("level", lesson.level(), 80);
        if (lesson.source() != null) {
            optionalText("source author", lesson.source().author(), 200);
            optionalText("source publication", lesson.source().publication(), 200);
            optionalText("source date", lesson.source().date(), 40);
            optionalText("source url", lesson.source().url(), 500);
            optionalText("source note", lesson.source().note(), 500);
        }
        if (lesson.poll() != null) {
            requireKey("poll key", lesson.poll().key());
            if (lesson.poll().key().length() > POLL_KEY_MAX) {
                throw refuse("The poll key is longer than " + POLL_KEY_MAX + " characters.");
            }
            requireText("poll prompt", lesson.poll().prompt(), Question.PROMPT_MAX);
        }
        Set<String> sectionKeys = new HashSet<>();
        Set<String> questionKeys = new HashSet<>();
        if (lesson.poll() != null) {
            questionKeys.add(lesson.poll().key() + "-before");
            questionKeys.add(lesson.poll().key() + "-after");
        }
        for (SectionDoc section : lesson.sections()) {
            requireKey("section key", section.key());
            if (!sectionKeys.add(section.key())) {
                throw refuse("Section key \"" + section.key() + "\" is used twice.");
            }
            checkSection(section, questionKeys);
        }
    }

    private void checkSection(SectionDoc section, Set<String> questionKeys) {
        String where = "Section \"" + section.key() + "\"";
        requireText(where + " title", section.title(), 200);
        if (section.paragraphs() == null || section.paragraphs().isEmpty()) {
            throw refuse(where + " has no text.");
        }
        Set<String> sentenceKeys = new HashSet<>();
        if (section.paragraphs().stream().mapToInt(p -> p == null ? 0 : p.size()).sum() > SENTENCES_MAX) {
            throw refuse(where + " has more than " + SENTENCES_MAX + " sentences.");
        }
        if (section.questions() != null && section.questions().size() > QUESTIONS_MAX) {
            throw refuse(where + " has more than " + QUESTIONS_MAX + " questions.");
        }
        for (List<SentenceDoc> paragraph : section.paragraphs()) {
            if (paragraph == null || paragraph.isEmpty()) {
                throw refuse(where + " has an empty paragraph.");
            }
            for (SentenceDoc sentence : paragraph) {
                requireKey(where + " sentence id", sentence.id());
                requireText(where + " sentence " + sentence.id(), sentence.text(), Sentence.TEXT_MAX);
                if (!sentenceKeys.add(sentence.id())) {
                    throw refuse(where + ": sentence id \"" + sentence.id() + "\" is used twice.");
                }
            }
        }
        for (QuestionDoc question : section.questions() == null ? List.<QuestionDoc>of() : section.questions()) {
            requireKey(where + " question key", question.key());
            if (!questionKeys.add(question.key())) {
                throw refuse("Question key \"" + question.key() + "\" is used twice.");
            }
            checkQuestion(question, sentenceKeys);
        }
    }

    private void checkQuestion(QuestionDoc q, Set<String> sentenceKeys) {
        String where = "Question \"" + q.key() + "\"";
        QuestionType type = typeOf(q);
        if (type == QuestionType.POLL_BEFORE || type == QuestionType.POLL_AFTER) {
            throw refuse(where + ": the opinion poll is declared once, as \"poll\", not as a section question.");
        }
        requireText(where + " prompt", q.prompt(), Question.PROMPT_MAX);
        if (type.isComprehension()) {
            requireText(where + " explanation", q.explanation(), Question.EXPLANATION_MAX);
        }
        onlyFields(where, type, q);
        switch (type) {
            case SINGLE_CHOICE -> {
                requireOptions(where, q.options(), 2);
                if (q.options().stream().filter(OptionDoc::correct).count() != 1) {
                    throw refuse(where + ": a single-choice question needs exactly one right option.");
                }
            }
            case MULTIPLE_CHOICE -> {
                requireOptions(where, q.options(), 2);
                if (q.options().stream().noneMatch(OptionDoc::correct)) {
                    throw refuse(where + ": a multiple-choice question needs at least one right option.");
                }
            }
            case TRUE_FALSE -> {
                if (q.answer() == null) {
                    throw refuse(where + ": a true/false question needs \"answer\": true or false.");
                }
            }
            case SHORT_TEXT -> {
                if (q.accepted() == null || q.accepted().isEmpty()) {
                    throw refuse(where + ": a short-text question needs at least one accepted answer.");
                }
                q.accepted().forEach(a -> requireText(where + " accepted answer", a, 200));
            }
            case ORDERING -> {
                if (q.items() == null || q.items().size() < 3) {
                    throw refuse(where + ": an ordering question needs at least three items.");
                }
                if (q.items().size() > OPTIONS_MAX) {
                    throw refuse(where + ": an ordering question has at most " + OPTIONS_MAX + " items.");
                }
                q.items().forEach(i -> requireText(where + " item", i, QuestionOption.TEXT_MAX));
            }
            case EVIDENCE -> {
                if (q.sentences() == null || q.sentences().isEmpty()) {
                    throw refuse(where + ": an evidence question needs the id of the sentence that proves it.");
                }
                for (String id : q.sentences()) {
                    if (!sentenceKeys.contains(id)) {
                        throw refuse(where + ": sentence \"" + id + "\" is not a sentence of its section.");
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
        if (q.options() != null && !choice || q.answer() != null && type != QuestionType.TRUE_FALSE
                || q.accepted() != null && type != QuestionType.SHORT_TEXT
                || q.items() != null && type != QuestionType.ORDERING
                || q.sentences() != null && type != QuestionType.EVIDENCE
                || q.explanation() != null && !type.isComprehension()) {
            throw refuse(where + " has a field that a " + type + " question does not use.");
        }
    }

    private static QuestionType typeOf(QuestionDoc q) {
        try {
            return QuestionType.valueOf(String.valueOf(q.type()));
        } catch (IllegalArgumentException e) {
            throw refuse("Question \"" + q.key() + "\" has an unknown type \"" + q.type() + "\".");
        }
    }

    private static void requireOptions(String where, List<OptionDoc> options, int min) {
        if (options == null || options.size() < min) {
            throw refuse(where + ": needs at least " + min + " options.");
        }
        if (options.size() > OPTIONS_MAX) {
            throw refuse(where + ": has more than " + OPTIONS_MAX + " options.");
        }
        options.forEach(o -> requireText(where + " option", o.text(), QuestionOption.TEXT_MAX));
    }

    private static void requireKey(String what, String key) {
        if (key == null || !KEY.matcher(key).matches()) {
            throw refuse("The " + what + " \"" + key + "\" must be 1-40 characters of a-z, 0-9 and dashes.");
        }
    }

    private static void requireText(String what, String text, int max) {
        if (text == null || text.isBlank()) {
            throw refuse("The " + what + " is empty.");
        }
        if (text.length() > max) {
            throw refuse("The " + what + " is longer than " + max + " characters.");
        }
    }

    private static void optionalText(String what, String text, int max) {
        if (text != null && text.length() > max) {
            throw refuse("The " + what + " is longer than " + max + " characters.");
        }
    }

    private static BadInputException refuse(String message) {
        // Admin-facing checks of the file format; their texts move into the bundle with the lesson editor.
        return new BadInputException("file", "lesson.file.problem", message);
    }
}
