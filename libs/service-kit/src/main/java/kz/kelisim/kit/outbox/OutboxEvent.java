package kz.kelisim.kit.outbox;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * One event waiting in the outbox table until the relay has published it.
 */
@Entity
@Table(name = "outbox_event")
public class OutboxEvent {

    @Id
    UUID id;
    String topic;
    @Column(name = "message_key")
    String messageKey;
    @Column(name = "event_type")
    String eventType;
    String payload;
    @Column(name = "created_at")
    Instant createdAt;
    @Column(name = "published_at")
    Instant publishedAt;

    protected OutboxEvent() {
    }

    OutboxEvent(UUID id, String topic, String messageKey, String eventType, String payload, Instant createdAt) {
        this.id = id;
        this.topic = topic;
        this.messageKey = messageKey;
        this.eventType = eventType;
        this.payload = payload;
        this.createdAt = createdAt;
    }
}
