package kz.kelisim.notification.service;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import kz.kelisim.contracts.DomainEvent;
import kz.kelisim.contracts.consent.ConsentEnded;
import kz.kelisim.contracts.consent.ConsentGranted;
import kz.kelisim.contracts.consent.ConsentRevoked;
import kz.kelisim.notification.ConsentExpiryWatch;
import kz.kelisim.notification.NoticeKind;
import kz.kelisim.notification.repository.ExpiryWatchRepository;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Tells a subject once, some days ahead, that a consent with a term is about to end (PDL-8.5);
 * revoked or ended consents are no longer watched. Rows, not timers, so restarts lose nothing.
 */
@ApplicationScoped
public class ExpiryReminders {

    private static final Logger LOG = Logger.getLogger(ExpiryReminders.class);
    private static final int BATCH = 200;

    private final ExpiryWatchRepository watches;
    private final NoticeService notices;
    private final Clock clock;
    private final Duration ahead;

    public ExpiryReminders(ExpiryWatchRepository watches, NoticeService notices, Clock clock,
                           @ConfigProperty(name = "kelisim.consents.expiry-notice-ahead", defaultValue = "P7D") Duration ahead) {
        this.watches = watches;
        this.notices = notices;
        this.clock = clock;
        this.ahead = ahead;
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

    @Scheduled(every = "${kelisim.consents.expiry-notice-scan:30s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scan() {
        try {
            while (remindDue(clock.instant()) == BATCH) {
                // keep going while full batches come back
            }
        } catch (RuntimeException e) {
            LOG.warnf("Expiry reminder scan failed, will retry: %s", e.getMessage());
        }
    }

    /** Posts the notices of one batch of due reminders; returns how many. */
    public int remindDue(Instant now) {
        return QuarkusTransaction.requiringNew().call(() -> {
            List<ConsentExpiryWatch> due = watches.lockDue(now, BATCH);
            for (ConsentExpiryWatch w : due) {
                UUID eventId = UUID.nameUUIDFromBytes(("expiring/" + w.consentId()).getBytes(StandardCharsets.UTF_8));
                notices.post(w.subjectRef(), eventId, NoticeKind.CONSENT_EXPIRING, Map.of("operator", w.operatorId(),
                        "purpose", w.purpose(), "until", w.validUntil().toString()), now);
                w.notified(now);
            }
            return due.size();
        });
    }
}
