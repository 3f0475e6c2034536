package org.agora.account.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.agora.account.AccountDisabled;
import org.agora.account.AccountDisabledException;
import org.agora.account.CurrentActor;
import org.agora.base.ui.KnownFailure;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Someone whose account an admin disabled while they were signed in is signed out at once: every
 * open screen of theirs on this node goes to the sign-in page by push, which says that the
 * account is disabled, and their server session ends (every tab of it) when the browser loads it. A screen that missed it
 * (its push connection was down) is caught at the next navigation, or at the next click, since
 * every staff service then throws {@link AccountDisabledException}.
 */
@Component
class DisabledAccountExit implements VaadinServiceInitListener, KnownFailure {

    private final CurrentActor currentActor;
    private final OpenStaffScreens screens;

    DisabledAccountExit(CurrentActor currentActor, OpenStaffScreens screens) {
        this.currentActor = currentActor;
        this.screens = screens;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> init.getUI().addBeforeEnterListener(this::check));
    }

    private void check(BeforeEnterEvent event) {
        if (VaadinRequest.getCurrent() == null) {
            // A navigation by push, on the thread of whoever caused it: its sign-in is not this screen's.
            return;
        }
        if (currentActor.isSignedInButDisabled()) {
            if (event.getNavigationTarget() != LoginView.class) {
                // Before the target is built: no staff screen opens for them.
                event.forwardTo(LoginView.class, LoginView.disabledParameters());
            }
            endSession(event.getUI());
            return;
        }
        currentActor.find().ifPresent(actor -> screens.opened(event.getUI(), actor.accountId()));
    }

    /**
     * Runs on the admin's thread, after the change is committed: each of the owner's screens shows
     * the sign-in page at once, by push, and its browser loads that page afresh; that page load, on
     * the owner's own server session, ends the session before Vaadin sees it
     * ({@code org.agora.account.DisabledSessionEnd}).
     */
    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void on(AccountDisabled disabled) {
        for (UI ui : screens.of(disabled.accountId())) {
            ui.access(() -> {
                ui.navigate(LoginView.class, LoginView.disabledParameters());
                ui.getPage().setLocation(LoginView.DISABLED_LOCATION);
            });
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
