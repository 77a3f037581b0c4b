package kz.kelisim.kit.outbox;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import kz.kelisim.kit.events.CloudEventWriter;
import kz.kelisim.kit.work.DueBatch;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;

/**
 * Publishes the outbox to Kafka, as a {@link DueBatch}: each batch of unpublished rows is locked with
 * {@code FOR UPDATE SKIP LOCKED}, so several instances can relay at once without publishing a row
 * twice; a row is marked published only after the broker acknowledged it (acks=all), so a crash can
 * only cause a redelivery that idempotent consumers drop, never a loss. It is woken by each commit
 * that added events, polls every {@code kelisim.outbox.poll-interval} (100 ms by default) while idle
 * for rows another instance added, and goes on without pause while batches come back full; after a
 * failure it backs off up to five seconds, and commits do not cut that short.
 */
@ApplicationScoped
public class OutboxRelay {

    private final EntityManager em;
    private final Producer<String, String> producer;
    private final DueBatch<OutboxEvent> unpublished;

    public OutboxRelay(EntityManager em, Producer<String, String> producer, Clock clock, OutboxConfig config) {
        this.em = em;
        this.producer = producer;
        this.unpublished = DueBatch.of(OutboxEvent.class, em, clock)
                .named("outbox-relay")
                .due("published_at IS NULL")
                .orderBy("created_at, id")
                .batchSize(config.batchSize())
                .every(config.pollInterval())
                .forBatch(this::publish);
    }

    void start(@Observes StartupEvent startup) {
        unpublished.start();
    }

    void stop(@Observes ShutdownEvent shutdown) throws InterruptedException {
        unpublished.stop();
    }

    /** Ends the current idle pause: a transaction that added events has committed ({@link Outbox}). */
    void wake() {
        unpublished.wake();
    }

    /** Publishes one locked batch and marks it published, in the batch's transaction. */
    private void publish(List<OutboxEvent> rows, Instant now) {
        List<Future<RecordMetadata>> acks = new ArrayList<>(rows.size());
        for (OutboxEvent row : rows) {
            ProducerRecord<String, String> record = new ProducerRecord<>(row.topic, row.messageKey, row.payload);
            record.headers().add("content-type", CloudEventWriter.CONTENT_TYPE.getBytes(StandardCharsets.UTF_8));
            record.headers().add("ce_type", row.eventType.getBytes(StandardCharsets.UTF_8));
            acks.add(producer.send(record));
        }
        producer.flush();
        for (Future<RecordMetadata> ack : acks) {
            awaitAck(ack);
        }
        em.createNativeQuery("UPDATE outbox_event SET published_at = now() WHERE id = ANY(?1)")
                .setParameter(1, rows.stream().map(row -> row.id).toArray(UUID[]::new))
                .executeUpdate();
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
