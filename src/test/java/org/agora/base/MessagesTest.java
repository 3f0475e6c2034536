package org.agora.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.agora.account.Role;
import org.agora.classroom.Feedback;
import org.agora.classroom.Gate;
import org.agora.classroom.Pacing;
import org.agora.classroom.ProjectorMode;
import org.agora.dashboard.ProgressCell;
import org.agora.lesson.QuestionType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The English bundle holds every text the code asks for, and the screens hold no text of their own. */
class MessagesTest {

    private static final Path SOURCES = Path.of("src/main/java/org/agora");
    private static final Pattern LITERAL = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"");
    private static final Pattern KEY = Pattern.compile("[a-z][a-z0-9-]*(\\.[a-z0-9_-]+)+");
    /** A literal that reads as words for a person: a capital, then letters and spaces. */
    private static final Pattern PROSE = Pattern.compile("[A-Z][a-z]+( [A-Za-z’,]+)*[.?!:]?");
    /** Literals on screens that are not text to translate: the product's name, cookie attributes. */
    private static final Set<String> NOT_TEXT = Set.of("Agora", "SameSite", "Lax");

    private static Properties english;

    @BeforeAll
    static void load() throws IOException {
        english = new Properties();
        try (InputStream in = MessagesTest.class.getResourceAsStream("/messages.properties")) {
            english.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        }
    }

    @Test
    void every_key_in_the_code_is_in_the_english_bundle() throws IOException {
        Set<String> missing = new TreeSet<>();
        for (Path file : javaFiles()) {
            Matcher m = LITERAL.matcher(Files.readString(file));
            while (m.find()) {
                String literal = m.group(1);
                if (KEY.matcher(literal).matches()
                        && english.getProperty(literal) == null
                        && english.stringPropertyNames().stream().anyMatch(k -> k.startsWith(prefixOf(literal)))) {
                    missing.add(literal + " (" + file.getFileName() + ")");
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void keys_made_from_names_exist_for_every_value() {
        List<String> keys = new ArrayList<>();
        for (QuestionType t : QuestionType.values()) {
            keys.add("question.kind." + t.name().toLowerCase(Locale.ROOT));
        }
        for (Feedback f : Feedback.values()) {
            keys.add("session.feedback." + f.name().toLowerCase(Locale.ROOT));
        }
        for (Pacing p : Pacing.values()) {
            keys.add("session.pacing." + p.name().toLowerCase(Locale.ROOT));
        }
        for (Gate g : Gate.values()) {
            keys.add("session.gate." + g.name().toLowerCase(Locale.ROOT));
        }
        for (Role r : Role.values()) {
            keys.add("role." + r.name().toLowerCase(Locale.ROOT));
        }
        for (ProgressCell c : ProgressCell.values()) {
            keys.add(c.labelKey());
        }
        for (ProjectorMode m : ProjectorMode.values()) {
            keys.add("dashboard.projector.now." + m.name().toLowerCase(Locale.ROOT));
        }
        for (int stance = 1; stance <= 5; stance++) {
            keys.add("stance." + stance);
        }
        // The rubric's parts (classroom.ui.RubricCriterion) and each of their levels, 0 to 2.
        for (String part : List.of("claim", "evidence", "reasoning")) {
            keys.addAll(List.of("rubric." + part, "review." + part, "review.part." + part));
            for (int level = 0; level <= 2; level++) {
                keys.add("rubric." + part + "." + level);
            }
        }
        assertThat(keys)
                .allSatisfy(key -> assertThat(english.getProperty(key)).as(key).isNotBlank());
    }

    @Test
    void every_value_is_a_valid_pattern_without_a_plain_apostrophe() {
        for (String key : english.stringPropertyNames()) {
            String value = english.getProperty(key);
            assertThat(value).as(key).doesNotContain("'");
            assertThat(new MessageFormat(value, Locale.ENGLISH).format(new Object[] {1, 2, 3}))
                    .as(key)
                    .isNotBlank();
        }
    }

    @Test
    void screens_hold_no_text_of_their_own() throws IOException {
        List<String> found = new ArrayList<>();
        for (Path file : javaFiles()) {
            if (!file.toString().contains("/ui/")) {
                continue;
            }
            String code =
                    Files.readString(file).replaceAll("(?s)/\\*.*?\\*/", "").replaceAll("//[^\n]*", "");
            Matcher m = LITERAL.matcher(code);
            while (m.find()) {
                String literal = m.group(1);
                if (PROSE.matcher(literal).matches() && !NOT_TEXT.contains(literal)) {
                    found.add(file.getFileName() + ": \"" + literal + "\"");
                }
            }
        }
        assertThat(found).isEmpty();
    }

    @Test
    void refusals_carry_their_key_and_read_in_english() {
        BadInputException refused = new BadInputException("name", "join.name.too-long", 52, 40);
        assertThat(refused.key()).isEqualTo("join.name.too-long");
        assertThat(refused.getMessage()).isEqualTo("The name is 52 characters long; the limit is 40.");
        assertThat(Messages.english("no.such.key")).isEqualTo("[no.such.key]");
    }

    @Test
    void counts_choose_their_wording() {
        assertThat(Messages.english("answer.tries-left", 1)).isEqualTo("You have one more try.");
        assertThat(Messages.english("answer.tries-left", 3)).isEqualTo("You have 3 more tries.");
    }

    private static String prefixOf(String key) {
        return key.substring(0, key.indexOf('.') + 1);
    }

    private static List<Path> javaFiles() throws IOException {
        try (Stream<Path> files = Files.walk(SOURCES)) {
            return files.filter(f -> f.toString().endsWith(".java")).toList();
        }
    }
}
