package org.agora.account;

import org.springframework.stereotype.Component;

/**
 * The check every staff action passes first: the actor's account still exists and is enabled.
 * A screen keeps the actor it was opened with, so an account disabled meanwhile must be refused
 * at each call, not only when a screen opens. One read by id, which the persistence context of
 * the caller's transaction answers from memory after the first call.
 */
@Component
public class ActiveAccounts {

    private final AccountRepository accounts;

    ActiveAccounts(AccountRepository accounts) {
        this.accounts = accounts;
    }

    /** The actor, once its account is known to be enabled; {@link AccountDisabledException} otherwise. */
    public Actor check(Actor actor) {
        return accounts.findById(actor.accountId())
                .filter(Account::isEnabled)
                .map(account -> new Actor(account.getId(), account.getRole()))
                .orElseThrow(AccountDisabledException::new);
    }
}
