package org.agora.lesson;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import org.agora.base.BadInputException;
import org.agora.lesson.LessonFile.LessonDoc;
import org.agora.lesson.LessonFile.SectionDoc;
import org.agora.lesson.LessonFile.SourceDoc;
import org.slf4j.LoggerFactory;

/**
 * {@code java -jar agora.jar --article-to-lesson <file>}: the article importer for scripts
 * and checks, with no web server and no data directory. It writes the proposal as a draft
 * lesson file (docs/lesson-format.md, sections without questions) to standard output and each
 * line it left out to standard error, and exits 0; a file it refuses exits 2 with one line
 * saying why on standard error.
 */
public final class ArticleToLesson {

    public static final String OPTION = "--article-to-lesson";
    private static final String DEFAULT_LANGUAGE = "en";

    private ArticleToLesson() {}

    public static boolean isRequested(String[] args) {
        for (String arg : args) {
            if (arg.equals(OPTION) || arg.startsWith(OPTION + "=")) {
                return true;
            }
        }
        return false;
    }

    /** Runs the command; the exit status is returned. */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        quietLogging();
        String file = fileArgument(args);
        if (file == null) {
            err.println("Name the article's file: " + OPTION + " <file>");
            return 2;
        }
        Path path = Path.of(file);
        byte[] bytes;
        try {
            if (Files.size(path) > ArticleImporter.MAX_BYTES) {
                err.println(new BadInputException("article", "article.too-large", ArticleImporter.MAX_BYTES / 1024)
                        .getMessage());
                return 2;
            }
            bytes = Files.readAllBytes(path);
        } catch (IOException unreadable) {
            err.println("The file " + file + " cannot be read: "
                    + unreadable.getClass().getSimpleName());
            return 2;
        }
        ArticleProposal proposal;
        try {
            proposal = new ArticleImporter().propose(path.getFileName().toString(), bytes);
        } catch (BadInputException refused) {
            err.println(refused.getMessage());
            return 2;
        }
        try {
            out.write(json(lessonFile(proposal)));
            out.println();
            out.flush();
        } catch (IOException failed) {
            err.println("The lesson file could not be written: " + failed.getMessage());
            return 2;
        }
        proposal.dropped().forEach(line -> err.println("left out: " + line));
        return 0;
    }

    static LessonFile lessonFile(ArticleProposal proposal) {
        List<SectionDoc> sections = new ArrayList<>();
        for (int i = 0; i < proposal.sections().size(); i++) {
            ArticleProposal.Section section = proposal.sections().get(i);
            String key = "s" + (i + 1);
            sections.add(new SectionDoc(
                    key, section.title(), SentenceKeys.assign(key, new HashMap<>(), section.paragraphs()), List.of()));
        }
        ArticleProposal.Source source = proposal.source();
        return new LessonFile(
                LessonFile.FORMAT,
                LessonFile.VERSION,
                new LessonDoc(
                        LessonEditing.slugOf(proposal.title()),
                        proposal.title(),
                        proposal.language() == null ? DEFAULT_LANGUAGE : proposal.language(),
                        null,
                        new SourceDoc(proposal.author(), source.publication(), source.date(), source.address(), null),
                        null,
                        sections));
    }

    private static byte[] json(LessonFile file) throws IOException {
        return JsonMapper.builder()
                .serializationInclusion(JsonInclude.Include.NON_NULL)
                .enable(SerializationFeature.INDENT_OUTPUT)
                .build()
                .writeValueAsString(file)
                .getBytes(StandardCharsets.UTF_8);
    }

    private static String fileArgument(String[] args) {
        for (int i = 0; i < args.length; i++) {
            if (args[i].startsWith(OPTION + "=")) {
                return args[i].substring(OPTION.length() + 1);
            }
            if (args[i].equals(OPTION) && i + 1 < args.length) {
                return args[i + 1];
            }
        }
        return null;
    }

    /** Without Spring, Logback would print its own and the libraries' debug lines into the lesson file. */
    private static void quietLogging() {
        if (LoggerFactory.getILoggerFactory() instanceof LoggerContext context) {
            context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME).setLevel(Level.OFF);
        }
    }
}
