package org.agora.account.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.agora.account.AccountDisabledException;
import org.agora.account.CurrentActor;
import org.agora.base.ui.KnownFailure;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Someone whose account an admin disabled while they were signed in is signed out at their next
 * navigation, or at a click whose screen asks {@link CurrentActor} who they are (which then
 * throws {@link AccountDisabledException}): their server session ends (every tab of it) and the
 * browser goes to the sign-in page, which says that the account is disabled.
 */
@Component
class DisabledAccountExit implements VaadinServiceInitListener, KnownFailure {

    private final CurrentActor currentActor;

    DisabledAccountExit(CurrentActor currentActor) {
        this.currentActor = currentActor;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> init.getUI().addBeforeEnterListener(this::check));
    }

    private void check(BeforeEnterEvent event) {
        if (event.getNavigationTarget() != LoginView.class && currentActor.isSignedInButDisabled()) {
            // Before the target is built: no staff screen opens for them.
            event.forwardTo(LoginView.class, LoginView.disabledParameters());
            endSession(event.getUI());
        }
    }

    /** A click on a screen that was open when the account was disabled. */
    @Override
    public boolean answered(Throwable failure, UI ui) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof AccountDisabledException) {
                ui.navigate(LoginView.class, LoginView.disabledParameters());
                endSession(ui);
                return true;
            }
        }
        return false;
    }

    /**
     * Ends the server session, as Vaadin's own sign-out does, and has the browser load the sign-in
     * page afresh (the one shown now belongs to the ended session).
     */
    private static void endSession(UI ui) {
        SecurityContextHolder.clearContext();
        ui.getSession().getSession().invalidate();
        ui.getPage().setLocation(LoginView.DISABLED_LOCATION);
    }
}
