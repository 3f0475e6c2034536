package org.agora.lesson;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.slf4j.LoggerFactory;

/**
 * What the commands for scripts share ({@code --article-to-lesson}, {@code --gift-to-questions}):
 * the file named after the option, read whole up to a size, JSON written as the lesson file
 * writes it, and no log lines mixed into standard output.
 */
final class ScriptCommand {

    static final ObjectMapper JSON = JsonMapper.builder()
            .serializationInclusion(JsonInclude.Include.NON_NULL)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .build();

    /** Why a command stops: one line for standard error. */
    static final class Stop extends Exception {
        Stop(String line) {
            super(line);
        }
    }

    /** What a command does with its file once read: writes its output, or throws a refusal. */
    interface Work {
        void on(byte[] bytes, String fileName, PrintStream out, PrintStream err) throws IOException;
    }

    private ScriptCommand() {}

    /**
     * Reads the file named after {@code option} and does the work; 0 when done, 2 with one line
     * on standard error when the file is missing, too large, unreadable or refused.
     */
    static int run(
            String[] args, String option, long max, String tooLarge, Work work, PrintStream out, PrintStream err) {
        quietLogging();
        try {
            work.on(file(args, option, max, tooLarge), fileName(args, option), out, err);
            return 0;
        } catch (Stop stop) {
            err.println(stop.getMessage());
        } catch (org.agora.base.BadInputException refused) {
            err.println(refused.getMessage());
        } catch (IOException failed) {
            err.println("The output could not be written: " + failed.getMessage());
        }
        return 2;
    }

    static boolean isRequested(String[] args, String option) {
        for (String arg : args) {
            if (arg.equals(option) || arg.startsWith(option + "=")) {
                return true;
            }
        }
        return false;
    }

    /** The file named after the option ("--x file" or "--x=file"), read whole if it is at most {@code max} bytes. */
    static byte[] file(String[] args, String option, long max, String tooLarge) throws Stop {
        String file = null;
        for (int i = 0; i < args.length && file == null; i++) {
            if (args[i].startsWith(option + "=")) {
                file = args[i].substring(option.length() + 1);
            } else if (args[i].equals(option) && i + 1 < args.length) {
                file = args[i + 1];
            }
        }
        if (file == null) {
            throw new Stop("Name the file: " + option + " <file>");
        }
        try {
            Path path = Path.of(file);
            if (Files.size(path) > max) {
                throw new Stop(tooLarge);
            }
            return Files.readAllBytes(path);
        } catch (IOException unreadable) {
            throw new Stop("The file " + file + " cannot be read: "
                    + unreadable.getClass().getSimpleName());
        }
    }

    /** The file's name as given after the option, for the importers that look at its ending. */
    static String fileName(String[] args, String option) {
        for (int i = 0; i < args.length; i++) {
            if (args[i].startsWith(option + "=")) {
                return Path.of(args[i].substring(option.length() + 1))
                        .getFileName()
                        .toString();
            }
            if (args[i].equals(option) && i + 1 < args.length) {
                return Path.of(args[i + 1]).getFileName().toString();
            }
        }
        return "";
    }

    static void writeJson(Object value, PrintStream out) throws IOException {
        out.write(JSON.writeValueAsBytes(value));
        out.println();
        out.flush();
    }

    /** Without Spring, Logback would print its own and the libraries' debug lines into the output. */
    static void quietLogging() {
        if (LoggerFactory.getILoggerFactory() instanceof LoggerContext context) {
            context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME).setLevel(Level.OFF);
        }
    }
}
