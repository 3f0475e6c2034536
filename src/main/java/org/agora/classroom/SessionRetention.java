package org.agora.classroom;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.PageRequest;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Deletes, every night, the class sessions nobody has used for {@code agora.retention.days}
 * days, through the teacher's own deletion, so no row of them is left (decision 0019).
 */
@Component
public class SessionRetention {

    /** Sessions read per query; each is then deleted in a transaction of its own. */
    static final int BATCH = 50;

    private static final Logger log = LoggerFactory.getLogger(SessionRetention.class);

    private final ClassSessionRepository sessions;
    private final SessionDeletion deletion;
    private final TransactionTemplate oneSession;
    private final Clock clock;
    private final int days;

    SessionRetention(
            ClassSessionRepository sessions,
            SessionDeletion deletion,
            PlatformTransactionManager transactions,
            Clock clock,
            @Value("${agora.retention.days:365}") int days) {
        if (days < 1) {
            throw new IllegalStateException("agora.retention.days (AGORA_RETENTION_DAYS) is " + days
                    + "; it must be 1 or more: class sessions unused for that many days are deleted");
        }
        this.sessions = sessions;
        this.deletion = deletion;
        this.oneSession = new TransactionTemplate(transactions);
        this.clock = clock;
        this.days = days;
    }

    @Scheduled(cron = "${agora.retention.cron:0 15 3 * * *}")
    void purgeOnSchedule() {
        purge();
    }

    /** Deletes every session unused for longer than the configured days; returns how many went. */
    public int purge() {
        return purgeUnusedFor(Duration.ofDays(days));
    }

    /** Deletes every session with no activity during the last {@code age}; returns how many went. */
    int purgeUnusedFor(Duration age) {
        Instant cutoff = clock.instant().minus(age);
        int deleted = 0;
        int failed = 0;
        long after = 0;
        List<Long> batch;
        do {
            batch = sessions.findIdleSince(cutoff, after, PageRequest.of(0, BATCH));
            for (long id : batch) {
                if (deleteOne(id)) {
                    deleted++;
                } else {
                    failed++;
                }
                after = id;
            }
        } while (batch.size() == BATCH);
        log.info(
                "Retention purge: deleted {} class sessions unused since {} ({} days), {} failed",
                deleted,
                cutoff,
                age.toDays(),
                failed);
        return deleted;
    }

    /** One transaction per session: a failure keeps that session whole and the others go on. */
    private boolean deleteOne(long sessionId) {
        try {
            boolean gone = Boolean.TRUE.equals(oneSession.execute(status -> deletion.purgeSession(sessionId)));
            log.debug("Retention purge: class session {} {}", sessionId, gone ? "deleted" : "was gone already");
            return true;
        } catch (RuntimeException e) {
            // The class only: a database error's message can quote the row's values.
            log.warn(
                    "Retention purge: class session {} could not be deleted: {}",
                    sessionId,
                    e.getClass().getName());
            return false;
        }
    }
}
