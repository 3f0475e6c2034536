package org.agora.account;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.agora.base.BadInputException;
import org.agora.base.NotAllowedException;
import org.agora.base.TextRules;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates and lists teacher and admin accounts; only admins may. A new account's owner must
 * replace the password they were given at the first sign-in, as after a reset.
 */
@Service
public class AccountService {

    private static final Pattern USERNAME = Pattern.compile("[a-z0-9._-]+");

    private final AccountRepository accounts;
    private final ActiveAccounts active;
    private final PasswordEncoder passwordEncoder;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    AccountService(
            AccountRepository accounts,
            ActiveAccounts active,
            PasswordEncoder passwordEncoder,
            AuditLog audit,
            ApplicationEventPublisher events,
            Clock clock) {
        this.events = events;
        this.accounts = accounts;
        this.active = active;
        this.passwordEncoder = passwordEncoder;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public AccountSummary create(Actor actor, String username, String displayName, String password, Role role) {
        if (!active.check(actor).isAdmin()) {
            throw new NotAllowedException("account.refused.create");
        }
        Account created = createUnchecked(username, displayName, password, role);
        audit.record(
                actor, AuditAction.ACCOUNT_CREATED, created.getId(), role.name().toLowerCase(Locale.ROOT));
        return AccountSummary.of(created);
    }

    /** Disables or enables an account; an admin cannot lock themselves out, nor disable the last admin. */
    @Transactional
    public AccountSummary setEnabled(Actor actor, long accountId, boolean enabled) {
        Account account = managed(actor, accountId);
        if (!enabled && account.getId() == actor.accountId()) {
            throw new BadInputException("account", "account.refused.disable-self");
        }
        if (!enabled && account.getRole() == Role.ADMIN && accounts.countByRoleAndEnabledTrue(Role.ADMIN) <= 1) {
            throw new BadInputException("account", "account.refused.last-admin");
        }
        if (account.isEnabled() != enabled) {
            account.setEnabled(enabled);
            audit.record(actor, enabled ? AuditAction.ACCOUNT_ENABLED : AuditAction.ACCOUNT_DISABLED, accountId, null);
            if (!enabled) {
                events.publishEvent(new AccountDisabled(accountId));
            }
        }
        return AccountSummary.of(account);
    }

    /** Gives the account a new random password, returned once to show; its owner must change it at sign-in. */
    @Transactional
    public String resetPassword(Actor actor, long accountId) {
        Account account = managed(actor, accountId);
        if (account.getId() == actor.accountId()) {
            throw new BadInputException("account", "account.refused.reset-self");
        }
        String password = TemporaryPasswords.generate();
        account.setTemporaryPassword(passwordEncoder.encode(password));
        audit.record(actor, AuditAction.PASSWORD_RESET, accountId, null);
        return password;
    }

    /** The signed-in person replaces their own password, proving the current one. */
    @Transactional
    public void changeOwnPassword(Actor actor, String current, String next) {
        Account account = accounts.findById(active.check(actor).accountId()).orElseThrow();
        if (current == null || !passwordEncoder.matches(current, account.getPasswordHash())) {
            throw new BadInputException("current", "account.password.wrong");
        }
        PasswordRules.check(next, account.getUsername());
        if (next.equals(current)) {
            throw new BadInputException("password", "account.password.same");
        }
        if (account.getPreviousPasswordHash()
                .filter(previous -> passwordEncoder.matches(next, previous))
                .isPresent()) {
            throw new BadInputException("password", "account.password.previous");
        }
        account.setOwnPassword(passwordEncoder.encode(next));
        audit.record(actor, AuditAction.PASSWORD_CHANGED, account.getId(), null);
    }

    /** Whether this person must choose a new password before going on. */
    @Transactional(readOnly = true)
    public boolean mustChangePassword(Actor actor) {
        return accounts.findById(active.check(actor).accountId())
                .map(Account::mustChangePassword)
                .orElse(false);
    }

    private Account managed(Actor actor, long accountId) {
        if (!active.check(actor).isAdmin()) {
            throw new NotAllowedException("account.refused.manage");
        }
        return accounts.findById(accountId).orElseThrow(() -> new BadInputException("account", "account.unknown"));
    }

    /** For first run, when no one can be signed in yet; the password is temporary, as every new account's. */
    @Transactional
    Account createUnchecked(String username, String displayName, String password, Role role) {
        String name = TextRules.clean(username).toLowerCase(Locale.ROOT);
        String shownName = TextRules.clean(displayName);
        if (name.length() < Account.USERNAME_MIN || name.length() > Account.USERNAME_MAX) {
            throw new BadInputException(
                    "username", "account.username.length", Account.USERNAME_MIN, Account.USERNAME_MAX);
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
        PasswordRules.check(password, name);
        if (accounts.existsByUsername(name)) {
            throw new BadInputException("username", "account.username.taken", name);
        }
        return accounts.save(new Account(name, shownName, passwordEncoder.encode(password), role, clock.instant()));
    }

    @Transactional(readOnly = true)
    public List<AccountSummary> list(Actor actor, int page, int pageSize) {
        if (!active.check(actor).isAdmin()) {
            throw new NotAllowedException("account.refused.list");
        }
        return accounts.findAllByOrderByUsername(
                        PageRequest.of(Math.max(0, page), Math.max(1, Math.min(pageSize, 200))))
                .map(AccountSummary::of)
                .getContent();
    }

    @Transactional(readOnly = true)
    public long count() {
        return accounts.count();
    }

    /** The oldest admin account, which first-run tasks act for. */
    @Transactional(readOnly = true)
    public Optional<Actor> firstAdmin() {
        return accounts.findFirstByRoleOrderByIdAsc(Role.ADMIN).map(a -> new Actor(a.getId(), a.getRole()));
    }

    @Transactional(readOnly = true)
    boolean adminExists() {
        return accounts.existsByRole(Role.ADMIN);
    }
}
