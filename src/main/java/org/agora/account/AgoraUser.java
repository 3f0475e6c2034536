package org.agora.account;

import java.util.List;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;

/** Spring Security's view of an account, carrying the account id so services need no look-up. */
class AgoraUser extends User {

    private final long accountId;
    private final Role role;

    AgoraUser(Account account) {
        super(
                account.getUsername(),
                account.getPasswordHash(),
                account.isEnabled(),
                true,
                true,
                true,
                List.of(new SimpleGrantedAuthority("ROLE_" + account.getRole().name())));
        this.accountId = account.getId();
        this.role = account.getRole();
    }

    Actor actor() {
        return new Actor(accountId, role);
    }
}
