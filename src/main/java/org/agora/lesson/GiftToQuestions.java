package org.agora.lesson;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.agora.base.BadInputException;
import org.agora.base.Messages;

/**
 * {@code java -jar agora.jar --gift-to-questions <file.gift>}: the GIFT reader for scripts and
 * checks, with no web server and no data directory. It writes the questions as a JSON array in
 * the lesson file's question format to standard output and one line per question it skipped,
 * with the reason, to standard error, and exits 0; a file it refuses exits 2 with one line
 * saying why.
 */
public final class GiftToQuestions {

    public static final String OPTION = "--gift-to-questions";
    /** A GIFT file's characters are at most 4 bytes each in UTF-8. */
    private static final long MAX_BYTES = 4L * Gift.MAX_CHARS;

    private GiftToQuestions() {}

    public static boolean isRequested(String[] args) {
        return ScriptCommand.isRequested(args, OPTION);
    }

    /** Runs the command; the exit status is returned. */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        String tooLarge = new BadInputException("file", "gift.too-large", Gift.MAX_CHARS / 1024).getMessage();
        return ScriptCommand.run(
                args,
                OPTION,
                MAX_BYTES,
                tooLarge,
                (bytes, fileName, output, errors) -> {
                    Gift.Import read = Gift.read(new String(bytes, StandardCharsets.UTF_8));
                    ScriptCommand.writeJson(read.questions(), output);
                    read.skipped()
                            .forEach(s ->
                                    errors.println("skipped " + s.question() + ": " + Messages.english(s.reasonKey())));
                },
                out,
                err);
    }
}
