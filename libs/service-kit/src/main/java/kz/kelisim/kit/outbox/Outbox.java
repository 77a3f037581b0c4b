package kz.kelisim.kit.outbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import kz.kelisim.contracts.DomainEvent;
import kz.kelisim.kit.events.CloudEventWriter;

/**
 * Adds events to the outbox inside the caller's transaction, so a state change and its event
 * commit together or not at all (docs/design.md#outbox-and-relay).
 */
@ApplicationScoped
public class Outbox {

    private final EntityManager em;
    private final CloudEventWriter writer;

    public Outbox(EntityManager em, CloudEventWriter writer) {
        this.em = em;
        this.writer = writer;
    }

    /** Must run inside the transaction that makes the change the event describes. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void add(DomainEvent event) {
        em.persist(new OutboxEvent(event.eventId(), event.topic(), event.subjectRef(), event.type(),
                writer.toJson(event), event.occurredAt()));
    }
}
