package org.agora;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.agora.base.BadInputException;
import org.agora.base.Messages;
import org.agora.base.NotAllowedException;
import org.agora.base.Refusal;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Runs hostile inputs through an entry point and sorts each outcome: refused with a clear
 * message and nothing written, or stored (the caller checks how it reads back). Anything
 * else fails with the input shown escaped. Counts what it saw, for the report of the run.
 */
public final class HostileTally {

    /** A Java class name, a stack frame or an exception's name: none belongs in a message for people. */
    private static final Pattern JAVA_TRACES = Pattern.compile(
            "\\b(java|javax|jakarta|org|com)\\.[a-z]+\\.|Exception\\b|\\bat [a-z]+\\.[\\w.$]+\\(|`[a-z]+\\.[a-z]");

    private static final List<String> TABLES = List.of(
            "lesson",
            "lesson_revision",
            "section",
            "sentence",
            "question",
            "question_option",
            "accepted_answer",
            "class_session",
            "participant",
            "answer",
            "answer_review");

    private static int totalTried;
    private static int totalRefused;
    private static int totalStored;

    private final String what;
    private final Supplier<List<Long>> rows;
    private int tried;
    private int refused;
    private int stored;

    /** A tally that also checks, on each refusal, that no row of the app's tables was added or removed. */
    public HostileTally(String what, JdbcTemplate jdbc) {
        this.what = what;
        this.rows = () -> TABLES.stream()
                .map(t -> jdbc.queryForObject("select count(*) from " + t, Long.class))
                .toList();
    }

    /** What an attempt does with one input; it returns normally when the input was stored and read back. */
    public interface Attempt {
        void run() throws Exception;
    }

    /** Tries one input: a refusal must be clear and leave the tables as they were. */
    public void attempt(String input, Attempt attempt) {
        tried++;
        List<Long> before = rows.get();
        try {
            attempt.run();
            stored++;
        } catch (BadInputException | NotAllowedException refusal) {
            refused++;
            assertClearMessage(refusal, input);
            assertThat(rows.get())
                    .as("rows after refusing %s", HostileInputs.escaped(input))
                    .isEqualTo(before);
        } catch (AssertionError wrong) {
            throw new AssertionError("For input " + HostileInputs.escaped(input) + ": " + wrong.getMessage(), wrong);
        } catch (Exception unexpected) {
            throw new AssertionError(
                    "Unexpected " + unexpected + " for input " + HostileInputs.escaped(input), unexpected);
        }
    }

    /** The refusal's text, resolved from the bundle as the person reads it, is a real sentence without Java in it. */
    public static void assertClearMessage(Refusal refusal, String input) {
        String text = Messages.english(refusal.key(), refusal.args());
        String where = "message for " + HostileInputs.escaped(input) + " (key " + refusal.key() + ")";
        assertThat(text).as(where).isNotBlank();
        assertThat(text).as(where).doesNotStartWith("[" + refusal.key());
        assertThat(JAVA_TRACES.matcher(text).find()).as(where + ": " + text).isFalse();
    }

    public int tried() {
        return tried;
    }

    /** Prints the figures of this tally and of the run so far. */
    public void report() {
        totalTried += tried;
        totalRefused += refused;
        totalStored += stored;
        System.out.printf(
                "Hostile %s: tried %d, refused with a message %d, stored %d (run so far: tried %d, "
                        + "refused %d, stored %d)%n",
                what, tried, refused, stored, totalTried, totalRefused, totalStored);
    }
}
