package org.agora.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ErrorHandler;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServiceInitListener;
import java.time.Clock;
import java.util.UUID;
import org.agora.base.FailureKinds;
import org.agora.base.LogOncePerMinute;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * What a user sees when something fails that no screen expected, during a click or any other
 * request: one sentence and a reference to quote, never the exception. The log gets the
 * exception under the same reference (its message may quote what a student typed, so only the
 * exception's class and stack go to the log). A failure a feature knows ({@link KnownFailure}) is
 * left to that feature.
 */
@Component
public class UnexpectedError implements VaadinServiceInitListener, ErrorHandler {

    private static final Logger log = LoggerFactory.getLogger(UnexpectedError.class);

    /** Per client address, in memory only: a client sending garbage in a loop cannot flood the log. */
    private static final LogOncePerMinute MALFORMED = new LogOncePerMinute(3, Clock.systemUTC());

    private final ObjectProvider<KnownFailure> knownFailures;

    UnexpectedError(ObjectProvider<KnownFailure> knownFailures) {
        this.knownFailures = knownFailures;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(init -> init.getSession().setErrorHandler(this));
    }

    @Override
    public void error(ErrorEvent event) {
        UI ui = UI.getCurrent();
        if (ui != null && knownFailures.orderedStream().anyMatch(known -> known.answered(event.getThrowable(), ui))) {
            return;
        }
        String reference = logged(event.getThrowable());
        if (ui != null) {
            Notification shown = Notification.show(
                    ui.getTranslation("error.unexpected", reference), 8000, Notification.Position.MIDDLE);
            shown.addThemeVariants(NotificationVariant.LUMO_ERROR);
            shown.setId("unexpected-error");
        }
    }

    /** Logs the failure without its message and returns the reference the user is shown. */
    static String logged(Throwable failure) {
        String reference = UUID.randomUUID().toString().substring(0, 8);
        if (MalformedMessage.is(failure)) {
            // The client's fault, not ours: one line, and few of them, whatever it sends.
            VaadinRequest request = VaadinRequest.getCurrent();
            MALFORMED
                    .admit(request == null ? "" : request.getRemoteAddr())
                    .ifPresent(leftOut -> log.warn(
                            "Refused a malformed Vaadin message, reference {}: {} ({} more from this client left out)",
                            reference,
                            FailureKinds.of(failure),
                            leftOut));
            return reference;
        }
        log.error(
                "Unexpected failure, reference {}: {}",
                reference,
                failure.getClass().getName(),
                FailureKinds.withoutMessages(failure));
        return reference;
    }
}
