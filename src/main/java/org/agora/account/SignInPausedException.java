package org.agora.account;

import org.springframework.security.authentication.LockedException;

/** A sign-in refused by {@link LoginThrottle} before its password was checked. */
class SignInPausedException extends LockedException {

    SignInPausedException() {
        super("Sign-in paused after too many wrong passwords");
    }
}
