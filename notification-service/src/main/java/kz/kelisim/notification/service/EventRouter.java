package kz.kelisim.notification.service;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.Optional;
import kz.kelisim.contracts.DomainEvent;
import kz.kelisim.contracts.deadline.DeadlineBreached;
import kz.kelisim.kit.events.IncomingEvent;
import kz.kelisim.kit.events.ProcessedEvents;
import kz.kelisim.notification.SlaBreach;

/**
 * Applies one consumed event exactly once: the subject's notice (and its e-mail), the deadline
 * facts, the regulator's record of a missed deadline, and the operators' webhooks, all in the
 * transaction that records the event id. Unknown types are recorded and otherwise ignored.
 */
@ApplicationScoped
public class EventRouter {

    private final ProcessedEvents processed;
    private final NoticeService notices;
    private final DeadlineFacts facts;
    private final SlaReporting sla;
    private final WebhookDispatcher webhooks;
    private final ExpiryReminders expiry;
    private final ObjectMapper mapper;

    public EventRouter(ProcessedEvents processed, NoticeService notices, DeadlineFacts facts, SlaReporting sla,
                       WebhookDispatcher webhooks, ExpiryReminders expiry, ObjectMapper mapper) {
        this.processed = processed;
        this.notices = notices;
        this.facts = facts;
        this.sla = sla;
        this.webhooks = webhooks;
        this.expiry = expiry;
        this.mapper = mapper;
    }

    /** Applies the event for this consumer; returns false when it was applied before (a redelivery or a replay). */
    @Transactional
    public boolean apply(String consumer, IncomingEvent event, String cloudEvent) {
        if (!processed.firstDelivery(consumer, event.id())) {
            return false;
        }
        Optional<Class<? extends DomainEvent>> known = EventTypes.of(event.type());
        if (known.isEmpty()) {
            return true;
        }
        DomainEvent domain = event.dataAs(mapper, known.get());
        NoticeComposer.compose(domain).ifPresent(d ->
                notices.post(d.subjectRef(), event.id(), d.kind(), d.params(), event.time()));
        facts.record(domain);
        expiry.track(domain);
        if (domain instanceof DeadlineBreached breached) {
            // Every missed deadline from any service becomes one regulator record (PDL-8.7, PDL-19-1.3, BRN-1).
            sla.record(SlaBreach.of(breached, breached.topic() == null ? "unknown" : breached.topic()));
        }
        webhooks.enqueue(event.id(), event.type(), event.data(), cloudEvent);
        return true;
    }
}
