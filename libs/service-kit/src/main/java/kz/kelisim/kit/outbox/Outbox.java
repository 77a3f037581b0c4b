package kz.kelisim.kit.outbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import kz.kelisim.contracts.DomainEvent;
import kz.kelisim.kit.events.CloudEventWriter;

/**
 * Adds events to the outbox inside the caller's transaction, so a state change and its event
 * commit together or not at all, and wakes the relay once that transaction commits, so the event
 * leaves at once rather than at the relay's next poll (docs/design.md#outbox-and-relay).
 */
@ApplicationScoped
public class Outbox {

    /** Marks a transaction whose commit already wakes the relay: one wake-up however many events it adds. */
    private static final Object WAKES_RELAY = new Object();

    private final EntityManager em;
    private final CloudEventWriter writer;
    private final TransactionSynchronizationRegistry transaction;
    private final OutboxRelay relay;

    public Outbox(EntityManager em, CloudEventWriter writer, TransactionSynchronizationRegistry transaction,
                  OutboxRelay relay) {
        this.em = em;
        this.writer = writer;
        this.transaction = transaction;
        this.relay = relay;
    }

    /** Must run inside the transaction that makes the change the event describes. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void add(DomainEvent event) {
        em.persist(new OutboxEvent(event.eventId(), event.topic(), event.subjectRef(), event.type(),
                writer.toJson(event), event.occurredAt()));
        if (transaction.getResource(WAKES_RELAY) == null) {
            transaction.putResource(WAKES_RELAY, Boolean.TRUE);
            transaction.registerInterposedSynchronization(new WakeRelayOnCommit());
        }
    }

    private final class WakeRelayOnCommit implements Synchronization {
        @Override
        public void beforeCompletion() {
            // the rows are written with the transaction's other changes
        }

        @Override
        public void afterCompletion(int status) {
            if (status == Status.STATUS_COMMITTED) {
                relay.wake();
            }
        }
    }
}
