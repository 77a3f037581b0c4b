package kz.kelisim.kit.outbox;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import jakarta.persistence.EntityManager;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import kz.kelisim.kit.events.CloudEventWriter;
import kz.kelisim.kit.work.Worker;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Publishes the outbox to Kafka. Each batch is locked with {@code FOR UPDATE SKIP LOCKED}, so
 * several instances can relay at once without publishing a row twice; a row is marked published
 * only after the broker acknowledged it (acks=all), so a crash can only cause a redelivery that
 * idempotent consumers drop, never a loss. It runs on its own thread, is woken by each commit that
 * added events, polls every {@code kelisim.outbox.poll-interval} (100 ms by default) while idle for
 * rows another instance added, and goes on without pause while batches come back full; after a
 * failure it backs off up to five seconds, and commits do not cut that short.
 */
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);

    private static final long MAX_BACKOFF_MS = 5_000;

    private final EntityManager em;
    private final Producer<String, String> producer;
    private final int batchSize;
    private final long pollMillis;
    private final Worker worker = new Worker("outbox-relay");
    /** True while backing off after a failure: a commit then does not cut the backoff short. */
    private volatile boolean failing;

    public OutboxRelay(EntityManager em, Producer<String, String> producer,
                       @ConfigProperty(name = "kelisim.outbox.batch-size", defaultValue = "200") int batchSize,
                       @ConfigProperty(name = "kelisim.outbox.poll-interval", defaultValue = "PT0.1S") Duration pollInterval) {
        this.em = em;
        this.producer = producer;
        this.batchSize = batchSize;
        this.pollMillis = pollInterval.toMillis();
    }

    void start(@Observes StartupEvent startup) {
        worker.start(this::loop);
    }

    void stop(@Observes ShutdownEvent shutdown) throws InterruptedException {
        worker.stop();
    }

    /** Ends the current idle pause: a transaction that added events has committed ({@link Outbox}). */
    void wake() {
        if (!failing) {
            worker.wake();
        }
    }

    private void loop() {
        long backoff = pollMillis;
        while (worker.running()) {
            try {
                int published = QuarkusTransaction.requiringNew().call(this::publishBatch);
                backoff = pollMillis;
                failing = false;
                if (published == batchSize) {
                    continue; // more may be waiting: no pause
                }
            } catch (RuntimeException e) {
                if (!worker.running()) {
                    return;
                }
                backoff = Math.min(MAX_BACKOFF_MS, Math.max(backoff * 2, 250));
                failing = true;
                LOG.warnf("Outbox relay paused for %d ms, will retry: %s", backoff, e.getMessage());
            }
            if (!worker.pause(backoff)) {
                return;
            }
        }
    }

    /** Publishes one locked batch and marks it published; returns how many rows it published. */
    int publishBatch() {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                SELECT id, topic, message_key, event_type, payload FROM outbox_event
                WHERE published_at IS NULL ORDER BY created_at, id LIMIT ?1 FOR UPDATE SKIP LOCKED""")
                .setParameter(1, batchSize)
                .getResultList();
        if (rows.isEmpty()) {
            return 0;
        }
        List<Future<RecordMetadata>> acks = new ArrayList<>(rows.size());
        List<UUID> ids = new ArrayList<>(rows.size());
        for (Object[] row : rows) {
            ProducerRecord<String, String> record = new ProducerRecord<>((String) row[1], (String) row[2], (String) row[4]);
            record.headers().add("content-type", CloudEventWriter.CONTENT_TYPE.getBytes(StandardCharsets.UTF_8));
            record.headers().add("ce_type", ((String) row[3]).getBytes(StandardCharsets.UTF_8));
            acks.add(producer.send(record));
            ids.add((UUID) row[0]);
        }
        producer.flush();
        for (Future<RecordMetadata> ack : acks) {
            awaitAck(ack);
        }
        em.createNativeQuery("UPDATE outbox_event SET published_at = now() WHERE id = ANY(?1)")
                .setParameter(1, ids.toArray(UUID[]::new))
                .executeUpdate();
        return rows.size();
    }

    private static void awaitAck(Future<RecordMetadata> ack) {
        try {
            ack.get(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for Kafka", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("Kafka did not acknowledge an outbox event", e);
        }
    }
}
