package kz.kelisim.notification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/**
 * A URL that receives signed webhooks for the event types its owner chose; the owner is an
 * operator's BIN, or {@link #REGULATOR} for the authorised body.
 */
@Entity
@Table(name = "webhook_endpoint")
public class WebhookEndpoint {

    /** The owner of the regulator's endpoints. */
    public static final String REGULATOR = "REGULATOR";
    /** Subscribes to every event type the owner may receive. */
    public static final String ALL_TYPES = "*";

    @Id
    private UUID id;
    @Column(name = "owner_id")
    private String ownerId;
    private String url;
    @Column(name = "event_types")
    private String eventTypes;
    @Column(name = "secret_enc")
    private byte[] secretEnc;
    @Column(name = "idempotency_key")
    private String idempotencyKey;
    private boolean active;
    @Column(name = "created_at")
    private Instant createdAt;

    protected WebhookEndpoint() {
    }

    public WebhookEndpoint(String ownerId, String url, List<String> eventTypes, byte[] secretEnc, String idempotencyKey,
                           Instant at) {
        this.id = UUID.randomUUID();
        this.ownerId = ownerId;
        this.url = url;
        this.eventTypes = String.join(",", eventTypes);
        this.secretEnc = secretEnc;
        this.idempotencyKey = idempotencyKey;
        this.active = true;
        this.createdAt = at;
    }

    public boolean wants(String type) {
        return active && eventTypes().stream().anyMatch(t -> t.equals(ALL_TYPES) || t.equals(type));
    }

    public void deactivate() {
        active = false;
    }

    public UUID id() {
        return id;
    }

    public String ownerId() {
        return ownerId;
    }

    public String url() {
        return url;
    }

    public List<String> eventTypes() {
        return Arrays.stream(eventTypes.split(",")).filter(s -> !s.isBlank()).toList();
    }

    public byte[] secretEnc() {
        return secretEnc;
    }

    public String idempotencyKey() {
        return idempotencyKey;
    }

    public boolean active() {
        return active;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
