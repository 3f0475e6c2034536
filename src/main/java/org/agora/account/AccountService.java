package org.agora.account;

import java.time.Clock;
import java.util.List;
import java.util.regex.Pattern;

import org.agora.base.BadInputException;
import org.agora.base.NotAllowedException;
import org.agora.base.TextRules;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Creates and lists teacher and admin accounts; only admins may. */
@Service
public class AccountService {

    private static final Pattern USERNAME = Pattern.compile("[a-z0-9._-]+");

    private final AccountRepository accounts;
    private final PasswordEncoder passwordEncoder;
    private final Clock clock;

    AccountService(AccountRepository accounts, PasswordEncoder passwordEncoder, Clock clock) {
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
        this.clock = clock;
    }

    @Transactional
    public AccountSummary create(Actor actor, String username, String displayName, String password, Role role) {
        if (!actor.isAdmin()) {
            throw new NotAllowedException("account.refused.create");
        }
        return AccountSummary.of(createUnchecked(username, displayName, password, role));
    }

    /** For first run, when no one can be signed in yet. */
    @Transactional
    Account createUnchecked(String username, String displayName, String password, Role role) {
        String name = TextRules.clean(username).toLowerCase(java.util.Locale.ROOT);
        String shownName = TextRules.clean(displayName);
        if (name.length() < Account.USERNAME_MIN || name.length() > Account.USERNAME_MAX) {
            throw new BadInputException("username", "account.username.length", Account.USERNAME_MIN,
                    Account.USERNAME_MAX);
        }
        if (!USERNAME.matcher(name).matches()) {
            throw new BadInputException("username", "account.username.characters");
        }
        if (shownName.isEmpty() || TextRules.length(shownName) > Account.DISPLAY_NAME_MAX) {
            throw new BadInputException("displayName", "account.display-name.length", Account.DISPLAY_NAME_MAX);
        }
        if (TextRules.hasHiddenCharacters(shownName)) {
            throw new BadInputException("displayName", "account.display-name.hidden-characters");
        }
        if (role == null) {
            throw new BadInputException("role", "account.role.missing");
        }
        checkPassword(password);
        if (accounts.existsByUsername(name)) {
            throw new BadInputException("username", "account.username.taken", name);
        }
        return accounts.save(new Account(name, shownName, passwordEncoder.encode(password), role, clock.instant()));
    }

    private static void checkPassword(String password) {
        if (password == null || password.length() < Account.PASSWORD_MIN) {
            throw new BadInputException("password", "account.password.too-short", Account.PASSWORD_MIN);
        }
        if (password.getBytes(java.nio.charset.StandardCharsets.UTF_8).length > Account.PASSWORD_MAX) {
            throw new BadInputException("password", "account.password.too-long", Account.PASSWORD_MAX);
        }
    }

    @Transactional(readOnly = true)
    public List<AccountSummary> list(Actor actor, int page, int pageSize) {
        if (!actor.isAdmin()) {
            throw new NotAllowedException("account.refused.list");
        }
        return accounts.findAllByOrderByUsername(PageRequest.of(Math.max(0, page), Math.max(1, Math.min(pageSize, 200))))
                .map(AccountSummary::of).getContent();
    }

    @Transactional(readOnly = true)
    public long count() {
        return accounts.count();
    }

    /** The oldest admin account, which first-run tasks act for. */
    @Transactional(readOnly = true)
    public java.util.Optional<Actor> firstAdmin() {
        return accounts.findFirstByRoleOrderByIdAsc(Role.ADMIN).map(a -> new Actor(a.getId(), a.getRole()));
    }

    @Transactional(readOnly = true)
    boolean adminExists() {
        return accounts.existsByRole(Role.ADMIN);
    }
}
