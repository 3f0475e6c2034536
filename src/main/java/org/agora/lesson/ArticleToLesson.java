package org.agora.lesson;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import org.agora.base.BadInputException;
import org.agora.lesson.LessonFile.LessonDoc;
import org.agora.lesson.LessonFile.SectionDoc;
import org.agora.lesson.LessonFile.SourceDoc;

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
        return ScriptCommand.isRequested(args, OPTION);
    }

    /** Runs the command; the exit status is returned. */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        String tooLarge =
                new BadInputException("article", "article.too-large", ArticleImporter.MAX_BYTES / 1024).getMessage();
        return ScriptCommand.run(
                args,
                OPTION,
                ArticleImporter.MAX_BYTES,
                tooLarge,
                (bytes, fileName, output, errors) -> {
                    ArticleProposal proposal = new ArticleImporter().propose(fileName, bytes);
                    ScriptCommand.writeJson(lessonFile(proposal), output);
                    proposal.dropped().forEach(line -> errors.println("left out: " + line));
                },
                out,
                err);
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
}
