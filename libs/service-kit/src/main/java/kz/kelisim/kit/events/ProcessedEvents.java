package kz.kelisim.kit.events;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import java.util.UUID;

/**
 * The events each consumer has processed (table {@code processed_event}), which makes consumers
 * idempotent: an event's id is recorded in the same transaction as its effect, so a redelivered or
 * replayed event changes nothing (docs/design.md#processed-events).
 */
@ApplicationScoped
public class ProcessedEvents {

    private final EntityManager em;
    private final TransactionSynchronizationRegistry transaction;

    public ProcessedEvents(EntityManager em, TransactionSynchronizationRegistry transaction) {
        this.em = em;
        this.transaction = transaction;
    }

    /**
     * Records the event for this consumer and says whether this is its first delivery. A second
     * instance applying the same event concurrently waits on the primary key and then gets false.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean firstDelivery(String consumer, UUID eventId) {
        boolean first = em.createNativeQuery("""
                        INSERT INTO processed_event (consumer, event_id, processed_at) VALUES (?1, ?2, now())
                        ON CONFLICT DO NOTHING""")
                .setParameter(1, consumer)
                .setParameter(2, eventId)
                .executeUpdate() == 1;
        if (first) {
            transaction.registerInterposedSynchronization(new EffectFlushedWithMarker());
        }
        return first;
    }

    /**
     * The marker above is written at once; the event's effect waits in the persistence context until
     * the flush before commit. A service that is shutting down may close its persistence layer between
     * the two, and the commit then carried the marker without the effect (seen in the fault tier): the
     * redelivery after the restart was skipped as a duplicate. Flushing here, before completion, makes
     * that case fail instead, so the transaction rolls back and the event is delivered again whole.
     */
    private final class EffectFlushedWithMarker implements Synchronization {
        @Override
        public void beforeCompletion() {
            em.flush();
        }

        @Override
        public void afterCompletion(int status) {
            // nothing to do: the marker and the effect committed or rolled back together
        }
    }
}
