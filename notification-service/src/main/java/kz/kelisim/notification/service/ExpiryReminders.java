package kz.kelisim.notification.service;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import kz.kelisim.contracts.DomainEvent;
import kz.kelisim.contracts.consent.ConsentEnded;
import kz.kelisim.contracts.consent.ConsentGranted;
import kz.kelisim.contracts.consent.ConsentRevoked;
import kz.kelisim.kit.work.DueBatch;
import kz.kelisim.notification.ConsentExpiryWatch;
import kz.kelisim.notification.NoticeKind;
import kz.kelisim.notification.repository.ExpiryWatchRepository;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Tells a subject once, some days ahead, that a consent with a term is about to end (PDL-8.5);
 * revoked or ended consents are no longer watched. Rows, not timers, so restarts lose nothing: due
 * watches are a {@link DueBatch}, run every {@code kelisim.consents.expiry-notice-scan} (30 s).
 */
@ApplicationScoped
public class ExpiryReminders {

    private static final int BATCH = 200;

    private final ExpiryWatchRepository watches;
    private final NoticeService notices;
    private final Duration ahead;
    private final DueBatch<ConsentExpiryWatch> due;

    public ExpiryReminders(EntityManager em, ExpiryWatchRepository watches, NoticeService notices, Clock clock,
                           @ConfigProperty(name = "kelisim.consents.expiry-notice-ahead", defaultValue = "P7D") Duration ahead,
                           @ConfigProperty(name = "kelisim.consents.expiry-notice-scan", defaultValue = "30s") String interval) {
        this.watches = watches;
        this.notices = notices;
        this.ahead = ahead;
        this.due = DueBatch.of(ConsentExpiryWatch.class, em, clock)
                .named("expiry-reminders")
                .due("notified_at IS NULL AND notify_at <= :now AND valid_until > :now")
                .orderBy("notify_at")
                .batchSize(BATCH)
                .every(interval)
                .forEach(this::remind);
    }

    void start(@Observes StartupEvent startup) {
        due.start();
    }

    void stop(@Observes ShutdownEvent shutdown) throws InterruptedException {
        due.stop();
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void track(DomainEvent event) {
        if (event instanceof ConsentGranted g && g.validUntil() != null && watches.findById(g.consentId()) == null) {
            watches.persist(new ConsentExpiryWatch(g.consentId(), g.subjectRef(), g.operatorId(), g.purposeCode(),
                    g.validUntil(), g.validUntil().minus(ahead)));
        } else if (event instanceof ConsentRevoked r) {
            watches.deleteById(r.consentId());
        } else if (event instanceof ConsentEnded e) {
            watches.deleteById(e.consentId());
        }
    }

    /** Posts the notices of the reminders due at {@code now}, batch after batch while they come back full; returns how many. */
    public int remindDue(Instant now) {
        return due.drain(now);
    }

    private void remind(ConsentExpiryWatch w, Instant now) {
        UUID eventId = UUID.nameUUIDFromBytes(("expiring/" + w.consentId()).getBytes(StandardCharsets.UTF_8));
        notices.post(w.subjectRef(), eventId, NoticeKind.CONSENT_EXPIRING, Map.of("operator", w.operatorId(),
                "purpose", w.purpose(), "until", w.validUntil().toString()), now);
        w.notified(now);
    }
}
