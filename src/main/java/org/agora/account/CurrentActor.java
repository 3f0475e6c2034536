package org.agora.account;

import java.util.Optional;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** The signed-in teacher or admin of the current request, as an {@link Actor}. */
@Component
public class CurrentActor {

    private final AccountRepository accounts;

    CurrentActor(AccountRepository accounts) {
        this.accounts = accounts;
    }

    public Optional<Actor> find() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || !auth.isAuthenticated()) {
            return Optional.empty();
        }
        if (auth.getPrincipal() instanceof AgoraUser user) {
            // Checked on every request: an account disabled meanwhile loses access at once.
            return accounts.findById(user.actor().accountId())
                    .filter(Account::isEnabled)
                    .map(a -> user.actor());
        }
        return accounts.findByUsername(auth.getName())
                .filter(Account::isEnabled)
                .map(account -> new Actor(account.getId(), account.getRole()));
    }

    /**
     * The actor; a refusal when nobody is signed in, and {@link AccountDisabledException} when
     * someone is whose account has been disabled since they signed in.
     */
    public Actor require() {
        Optional<Actor> actor = find();
        if (actor.isPresent()) {
            return actor.get();
        }
        if (signedIn()) {
            throw new AccountDisabledException();
        }
        throw new org.agora.base.NotAllowedException("account.sign-in-first");
    }

    /** Whether someone is signed in whose account has been disabled (or removed) since. */
    public boolean isSignedInButDisabled() {
        return signedIn() && find().isEmpty();
    }

    private static boolean signedIn() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth != null && auth.isAuthenticated() && !(auth instanceof AnonymousAuthenticationToken);
    }
}
