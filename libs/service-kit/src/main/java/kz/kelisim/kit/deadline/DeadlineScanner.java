package kz.kelisim.kit.deadline;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import kz.kelisim.kit.outbox.Outbox;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Finds due deadlines through the partial indexes on OPEN rows, moves each to BREACHED and puts
 * exactly one DeadlineBreached event in the outbox, in one transaction. Rows are locked with
 * {@code FOR UPDATE SKIP LOCKED}, so two instances scanning at once never take the same deadline,
 * and a crash before commit leaves it OPEN for the next scan. Reminders work the same way.
 */
@ApplicationScoped
public class DeadlineScanner {

    private static final Logger LOG = Logger.getLogger(DeadlineScanner.class);

    private final EntityManager em;
    private final Outbox outbox;
    private final Clock clock;
    private final String topic;
    private final int batchSize;

    public DeadlineScanner(EntityManager em, Outbox outbox, Clock clock,
                           @ConfigProperty(name = "kelisim.deadlines.topic") String topic,
                           @ConfigProperty(name = "kelisim.deadlines.batch-size", defaultValue = "500") int batchSize) {
        this.em = em;
        this.outbox = outbox;
        this.clock = clock;
        this.topic = topic;
        this.batchSize = batchSize;
    }

    @Scheduled(every = "${kelisim.deadlines.scan-interval:5s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scan() {
        try {
            Instant now = clock.instant();
            int breached = 0;
            int batch;
            do {
                batch = breachDue(now);
                breached += batch;
            } while (batch == batchSize);
            while (remindDue(now) == batchSize) {
                // keep going while full batches come back
            }
            if (breached > 0) {
                LOG.infof("%d deadlines breached", breached);
            }
        } catch (RuntimeException e) {
            LOG.warnf("Deadline scan failed, will retry: %s", e.getMessage());
        }
    }

    /** Breaches one batch of deadlines due at {@code now}; returns how many it breached. */
    public int breachDue(Instant now) {
        return QuarkusTransaction.requiringNew().call(() -> {
            List<TrackedDeadline> due = lock("""
                    SELECT id FROM deadline WHERE state = 'OPEN' AND due_at <= ?1
                    ORDER BY due_at LIMIT ?2 FOR UPDATE SKIP LOCKED""", now);
            due.forEach(d -> outbox.add(d.breach(now, topic)));
            return due.size();
        });
    }

    /** Sends one batch of reminders due at {@code now} (never for a deadline already overdue); returns how many. */
    public int remindDue(Instant now) {
        return QuarkusTransaction.requiringNew().call(() -> {
            List<TrackedDeadline> due = lock("""
                    SELECT id FROM deadline WHERE state = 'OPEN' AND reminded_at IS NULL AND remind_at <= ?1 AND due_at > ?1
                    ORDER BY remind_at LIMIT ?2 FOR UPDATE SKIP LOCKED""", now);
            due.forEach(d -> outbox.add(d.remind(now, topic)));
            return due.size();
        });
    }

    private List<TrackedDeadline> lock(String sql, Instant now) {
        @SuppressWarnings("unchecked")
        List<UUID> ids = em.createNativeQuery(sql, UUID.class)
                .setParameter(1, now)
                .setParameter(2, batchSize)
                .getResultList();
        if (ids.isEmpty()) {
            return List.of();
        }
        // One query for the whole locked batch and its histories, not one per deadline.
        return em.createQuery("select distinct d from TrackedDeadline d left join fetch d.history where d.id in :ids",
                        TrackedDeadline.class)
                .setParameter("ids", ids)
                .getResultList();
    }
}
