package org.agora.account;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.agora.base.NotAllowedException;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** The log of what admins did to accounts; only admins read it. */
@Service
public class AuditLog {

    private final AuditEventRepository events;
    private final AccountRepository accounts;
    private final Clock clock;
    private final ActiveAccounts active;

    AuditLog(AuditEventRepository events, AccountRepository accounts, Clock clock, ActiveAccounts active) {
        this.active = active;
        this.events = events;
        this.accounts = accounts;
        this.clock = clock;
    }

    /** Written in the caller's transaction: the action and its record commit together or not at all. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void record(Actor actor, AuditAction action, Long targetId, String detail) {
        events.save(new AuditEvent(clock.instant(), actor.accountId(), action, targetId, detail));
    }

    /** One page of the log, newest first. */
    @Transactional(readOnly = true)
    public List<AuditEntry> list(Actor actor, int page, int pageSize) {
        if (!active.check(actor).isAdmin()) {
            throw new NotAllowedException("audit.refused");
        }
        List<AuditEvent> found = events.findAllByOrderByAtDescIdDesc(
                PageRequest.of(Math.max(0, page), Math.max(1, Math.min(pageSize, 200))));
        Map<Long, String> names = accounts
                .findAllById(found.stream()
                        .flatMap(e -> Stream.of(e.getActorId(), e.getTargetId()))
                        .filter(Objects::nonNull)
                        .distinct()
                        .toList())
                .stream()
                .collect(Collectors.toMap(Account::getId, Account::getUsername, (a, b) -> a));
        return found.stream()
                .map(e -> new AuditEntry(
                        e.getAt(),
                        names.getOrDefault(e.getActorId(), "?"),
                        AuditAction.valueOf(e.getAction()),
                        e.getTargetId() == null ? null : names.getOrDefault(e.getTargetId(), "?"),
                        e.getDetail()))
                .toList();
    }
}
