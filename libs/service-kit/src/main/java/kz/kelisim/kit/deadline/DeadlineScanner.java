package kz.kelisim.kit.deadline;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import kz.kelisim.kit.outbox.Outbox;
import kz.kelisim.kit.work.DueBatch;
import org.jboss.logging.Logger;

/**
 * Finds due deadlines through the partial indexes on OPEN rows, moves each to BREACHED and puts
 * exactly one DeadlineBreached event in the outbox, in one transaction. Breaches and reminders are
 * each a {@link DueBatch}: rows are locked with {@code FOR UPDATE SKIP LOCKED}, so two instances
 * scanning at once never take the same deadline, and a crash before commit leaves it OPEN for the
 * next scan. Both run every {@code kelisim.deadlines.scan-interval} (5 s; {@code off} in tests, which
 * call {@link #breachDue} and {@link #remindDue} at their own instant).
 */
@ApplicationScoped
public class DeadlineScanner {

    private static final Logger LOG = Logger.getLogger(DeadlineScanner.class);

    private final DueBatch<TrackedDeadline> breaches;
    private final DueBatch<TrackedDeadline> reminders;

    public DeadlineScanner(EntityManager em, Outbox outbox, Clock clock, DeadlineConfig config) {
        String topic = config.topic();
        this.breaches = DueBatch.of(TrackedDeadline.class, em, clock)
                .named("deadline-breaches")
                .due("state = 'OPEN' AND due_at <= :now")
                .orderBy("due_at")
                .batchSize(config.batchSize())
                .every(config.scanInterval())
                .forBatch((due, now) -> {
                    due.forEach(d -> outbox.add(d.breach(now, topic)));
                    LOG.infof("%d deadlines breached", due.size());
                });
        // Never for a deadline already overdue: that one is breached instead.
        this.reminders = DueBatch.of(TrackedDeadline.class, em, clock)
                .named("deadline-reminders")
                .due("state = 'OPEN' AND reminded_at IS NULL AND remind_at <= :now AND due_at > :now")
                .orderBy("remind_at")
                .batchSize(config.batchSize())
                .every(config.scanInterval())
                .forEach((d, now) -> outbox.add(d.remind(now, topic)));
    }

    void start(@Observes StartupEvent startup) {
        breaches.start();
        reminders.start();
    }

    void stop(@Observes ShutdownEvent shutdown) throws InterruptedException {
        breaches.stop();
        reminders.stop();
    }

    /** Breaches the deadlines due at {@code now}, batch after batch while they come back full; returns how many. */
    public int breachDue(Instant now) {
        return breaches.drain(now);
    }

    /** Sends the reminders due at {@code now} (never for a deadline already overdue), batch after batch; returns how many. */
    public int remindDue(Instant now) {
        return reminders.drain(now);
    }
}
