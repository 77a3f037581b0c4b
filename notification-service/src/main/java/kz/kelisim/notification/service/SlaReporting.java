package kz.kelisim.notification.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import kz.kelisim.contracts.notification.SlaBreachReported;
import kz.kelisim.kit.outbox.Outbox;
import kz.kelisim.notification.SlaBreach;
import kz.kelisim.notification.repository.SlaBreachRepository;

/**
 * Turns every missed deadline of any service into one regulator record, published once on
 * {@code regulator-reports} through the outbox and delivered to the regulator's webhooks
 * (PDL-8.7, PDL-19-1.3, BRN-1).
 */
@ApplicationScoped
public class SlaReporting {

    private final SlaBreachRepository breaches;
    private final Outbox outbox;
    private final WebhookDispatcher webhooks;
    private final Clock clock;

    public SlaReporting(SlaBreachRepository breaches, Outbox outbox, WebhookDispatcher webhooks, Clock clock) {
        this.breaches = breaches;
        this.outbox = outbox;
        this.webhooks = webhooks;
        this.clock = clock;
    }

    /** Records the breach unless its deadline was recorded already; true when it is new. */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean record(SlaBreach breach) {
        if (!breaches.addOnce(breach)) {
            return false;
        }
        SlaBreachReported report = breach.reported(clock.instant());
        outbox.add(report);
        webhooks.enqueue(report);
        return true;
    }

    public List<SlaBreach> search(String operatorId, String kind, Instant from, Instant to, int limit) {
        return breaches.search(operatorId, kind, from, to, limit);
    }
}
