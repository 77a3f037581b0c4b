package kz.kelisim.consent.service;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import kz.kelisim.consent.Consent;
import kz.kelisim.kit.audit.AuditLog;
import kz.kelisim.kit.outbox.Outbox;
import kz.kelisim.kit.work.DueBatch;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Announces each consent whose term passed with one ConsentExpired event. The status is already
 * EXPIRED from validUntil on; this only tells the other services, exactly once even with several
 * instances: a {@link DueBatch} over consents with a term that ended and no announcement yet, every
 * {@code kelisim.consents.expiry-scan-interval} (5 s; {@code off} in tests, which call
 * {@link #announceDue} at their own instant).
 */
@ApplicationScoped
public class ExpiryAnnouncer {

    private static final int BATCH = 200;

    private final DueBatch<Consent> expired;

    public ExpiryAnnouncer(EntityManager em, Outbox outbox, AuditLog audit, Clock clock,
                           @ConfigProperty(name = "kelisim.consents.expiry-scan-interval", defaultValue = "5s") String interval) {
        this.expired = DueBatch.of(Consent.class, em, clock)
                .named("consent-expiry")
                .due("status = 'ACTIVE' AND expiry_announced_at IS NULL AND valid_until IS NOT NULL AND valid_until <= :now")
                .orderBy("valid_until")
                .batchSize(BATCH)
                .every(interval)
                .forEach((consent, now) -> {
                    outbox.add(consent.announceExpiry(now));
                    audit.append(now, "system", consent.operatorId(), consent.id(), "EXPIRED",
                            "term ended at " + consent.validUntil());
                });
    }

    void start(@Observes StartupEvent startup) {
        expired.start();
    }

    void stop(@Observes ShutdownEvent shutdown) throws InterruptedException {
        expired.stop();
    }

    /** Announces every expiry due at {@code now}, batch after batch while they come back full; returns how many. */
    public int announceDue(Instant now) {
        return expired.drain(now);
    }
}
