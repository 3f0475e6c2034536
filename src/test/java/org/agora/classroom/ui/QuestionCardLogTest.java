package org.agora.classroom.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.core.read.ListAppender;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import java.util.ArrayList;
import java.util.List;
import org.agora.KaribuTest;
import org.agora.base.ui.PlainButton;
import org.agora.lesson.LessonContent;
import org.agora.lesson.LessonContent.QuestionContent;
import org.agora.lesson.QuestionType;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

class QuestionCardLogTest extends KaribuTest {

    @Test
    void an_answer_that_fails_to_save_leaves_its_text_out_of_the_log_even_at_debug() {
        LessonContent lesson = fixtures.bundledLesson();
        QuestionContent question = lesson.allQuestions().stream()
                .filter(q -> q.type() == QuestionType.SHORT_TEXT)
                .findFirst()
                .orElseThrow();
        // A database error's message quotes the row it could not write, answer text included.
        QuestionCard card = new QuestionCard(
                question, lesson.sectionOf(question.key()).orElseThrow(), (key, submissionId, input) -> {
                    throw new IllegalStateException(
                            "insert failed: values ('" + input.text() + "')",
                            new RuntimeException("row " + input.text()));
                });
        UI.getCurrent().add(card);
        Logger logger = (Logger) LoggerFactory.getLogger(QuestionCard.class);
        Level level = logger.getLevel();
        ListAppender<ILoggingEvent> log = new ListAppender<>();
        log.start();
        logger.addAppender(log);
        logger.setLevel(Level.DEBUG);
        try {
            _setValue(_get(card, TextField.class), "Pomegranate ✿ answer");
            _click(_get(card, PlainButton.class, s -> s.withId("send-" + question.key())));
        } finally {
            logger.detachAppender(log);
            logger.setLevel(level);
        }

        assertThat(_get(card, Paragraph.class, s -> s.withId("error-" + question.key()))
                        .getText())
                .isEqualTo("Your answer was not saved. Check your connection and send it again.");
        List<String> texts = new ArrayList<>();
        for (ILoggingEvent event : log.list) {
            texts.add(event.getFormattedMessage());
            for (IThrowableProxy t = event.getThrowableProxy(); t != null; t = t.getCause()) {
                texts.add(t.getClassName() + ": " + t.getMessage());
            }
        }
        assertThat(texts)
                .as("the failure is logged, by its kind")
                .anyMatch(t -> t.contains(question.key()) && t.contains("IllegalStateException"));
        assertThat(texts).noneMatch(t -> t.contains("Pomegranate") || t.contains("✿"));
    }
}
