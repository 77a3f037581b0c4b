package kz.kelisim.consent.service;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import kz.kelisim.consent.Consent;
import kz.kelisim.consent.repository.ConsentRepository;
import kz.kelisim.kit.audit.AuditLog;
import kz.kelisim.kit.outbox.Outbox;
import org.jboss.logging.Logger;

/**
 * Announces each consent whose term passed with one ConsentExpired event. The status is already
 * EXPIRED from validUntil on; this only tells the other services, exactly once even with several
 * instances ({@code FOR UPDATE SKIP LOCKED}).
 */
@ApplicationScoped
public class ExpiryAnnouncer {

    private static final Logger LOG = Logger.getLogger(ExpiryAnnouncer.class);
    public static final int BATCH = 200;

    private final ConsentRepository consents;
    private final Outbox outbox;
    private final AuditLog audit;
    private final Clock clock;

    public ExpiryAnnouncer(ConsentRepository consents, Outbox outbox, AuditLog audit, Clock clock) {
        this.consents = consents;
        this.outbox = outbox;
        this.audit = audit;
        this.clock = clock;
    }

    @Scheduled(every = "${kelisim.consents.expiry-scan-interval:5s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scan() {
        try {
            while (announceDue(clock.instant()) == BATCH) {
                // keep going while full batches come back
            }
        } catch (RuntimeException e) {
            LOG.warnf("Expiry scan failed, will retry: %s", e.getMessage());
        }
    }

    /** Announces one batch of expiries due at {@code now}; returns how many. */
    public int announceDue(Instant now) {
        return QuarkusTransaction.requiringNew().call(() -> {
            var due = consents.lockExpiredUnannounced(now, BATCH);
            for (Consent consent : due) {
                outbox.add(consent.announceExpiry(now));
                audit.append(now, "system", consent.operatorId(), consent.id(), "EXPIRED", "term ended at " + consent.validUntil());
            }
            return due.size();
        });
    }
}
