package org.agora.base.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.VaadinSession;
import java.sql.SQLException;
import org.agora.KaribuTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/**
 * A failure nobody expected shows one sentence and a reference, never the exception, and the
 * log gets the stack under that reference but not the message (which may quote a student).
 */
class UnexpectedErrorTest extends KaribuTest {

    private static final String STUDENT_TEXT = "Zeynep's answer: Astana";
    private final ListAppender<ILoggingEvent> log = new ListAppender<>();

    @BeforeEach
    void captureLog() {
        log.start();
        ((Logger) LoggerFactory.getLogger(UnexpectedError.class)).addAppender(log);
    }

    @AfterEach
    void releaseLog() {
        ((Logger) LoggerFactory.getLogger(UnexpectedError.class)).detachAppender(log);
    }

    private static RuntimeException failure() {
        return new IllegalStateException(
                "Saving failed", new SQLException("insert into answer values ('" + STUDENT_TEXT + "')"));
    }

    @Test
    void a_failing_click_shows_a_sentence_and_a_reference_and_logs_the_stack_without_the_student_text() {
        VaadinSession.getCurrent().getErrorHandler().error(new ErrorEvent(failure()));

        String shown = _get(Notification.class, s -> s.withId("unexpected-error"))
                .getElement()
                .getProperty("text");
        assertThat(shown)
                .startsWith("Something went wrong on our side.")
                .doesNotContain("Exception")
                .doesNotContain(STUDENT_TEXT)
                .doesNotContain("Saving failed");
        assertThat(log.list).singleElement().satisfies(event -> {
            assertThat(shown).contains(event.getArgumentArray()[0].toString());
            assertThat(event.getThrowableProxy().getClassName()).isEqualTo(Throwable.class.getName());
            assertThat(event.getThrowableProxy().getMessage()).isEqualTo(IllegalStateException.class.getName());
            assertThat(event.getThrowableProxy().getCause().getMessage()).isEqualTo(SQLException.class.getName());
            assertThat(event.getFormattedMessage()
                            + event.getThrowableProxy().getMessage()
                            + event.getThrowableProxy().getCause().getMessage())
                    .doesNotContain("Astana");
        });
    }

    @Test
    void a_page_that_fails_to_open_shows_the_error_page_without_the_exception() {
        ErrorPage page = new ErrorPage();

        int status = page.setErrorParameter(null, new ErrorParameter<>(Exception.class, failure()));

        assertThat(status).isEqualTo(500);
        String text = page.getChildren()
                .findFirst()
                .orElseThrow()
                .getChildren()
                .filter(Paragraph.class::isInstance)
                .map(p -> ((Paragraph) p).getText())
                .findFirst()
                .orElseThrow();
        assertThat(text)
                .startsWith("Something went wrong on our side.")
                .doesNotContain(STUDENT_TEXT)
                .doesNotContain("IllegalStateException");
        assertThat(text).contains(log.list.get(0).getArgumentArray()[0].toString());
    }
}
