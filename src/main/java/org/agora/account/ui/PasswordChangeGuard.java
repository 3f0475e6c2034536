package org.agora.account.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.agora.account.AccountService;
import org.agora.account.CurrentActor;
import org.springframework.stereotype.Component;

/**
 * Someone signed in with a password chosen for them (a new account's, the first admin's, a
 * reset) reaches no staff screen but "My password" until they have chosen their own.
 */
@Component
class PasswordChangeGuard implements VaadinServiceInitListener {

    private final AccountService accounts;
    private final CurrentActor currentActor;

    PasswordChangeGuard(AccountService accounts, CurrentActor currentActor) {
        this.accounts = accounts;
        this.currentActor = currentActor;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> init.getUI().addBeforeEnterListener(this::check));
    }

    private void check(BeforeEnterEvent event) {
        Class<?> target = event.getNavigationTarget();
        if (target == ChangePasswordView.class
                || target == LoginView.class
                || !target.isAnnotationPresent(jakarta.annotation.security.RolesAllowed.class)) {
            return;
        }
        currentActor
                .find()
                .filter(accounts::mustChangePassword)
                .ifPresent(actor -> event.rerouteTo(ChangePasswordView.class));
    }
}
