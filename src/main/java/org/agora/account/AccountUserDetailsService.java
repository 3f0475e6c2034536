package org.agora.account;

import java.util.Locale;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Looks up accounts for sign-in. */
@Service
class AccountUserDetailsService implements UserDetailsService {

    private final AccountRepository accounts;
    private final LoginThrottle throttle;

    AccountUserDetailsService(AccountRepository accounts, LoginThrottle throttle) {
        this.accounts = accounts;
        this.throttle = throttle;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        String name = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
        if (throttle.isBlocked(name, LoginClient.current())) {
            // Refused before the password is even checked, which also spares the slow hash.
            throw new LockedException("Too many failed sign-ins; wait a few minutes");
        }
        return accounts.findByUsername(name)
                .map(AgoraUser::new)
                .orElseThrow(() -> new UsernameNotFoundException("No such account"));
    }
}
