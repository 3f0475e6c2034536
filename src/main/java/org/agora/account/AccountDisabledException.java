package org.agora.account;

import org.agora.base.RefusedException;

/**
 * Someone is still signed in whose account an admin has disabled (or removed) since: they may do
 * nothing more, and their screens sign them out.
 */
public class AccountDisabledException extends RefusedException {

    AccountDisabledException() {
        super(null, "account.disabled");
    }
}
