package kz.kelisim.notification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import java.util.random.RandomGenerator;

/**
 * One event for one endpoint. Its id is the {@code webhook-id}, the same on every retry, so the
 * receiver can drop duplicates; after the last failed attempt it is a dead letter until redelivered.
 */
@Entity
@Table(name = "webhook_delivery")
public class WebhookDelivery {

    @Id
    private UUID id;
    @Column(name = "endpoint_id")
    private UUID endpointId;
    @Column(name = "owner_id")
    private String ownerId;
    @Column(name = "event_id")
    private UUID eventId;
    @Column(name = "event_type")
    private String eventType;
    private String payload;
    @Enumerated(EnumType.STRING)
    private DeliveryStatus status;
    private int attempts;
    /** Attempts made before the latest redelivery; each round gets the full number of attempts. */
    @Column(name = "round_start")
    private int roundStart;
    @Column(name = "next_attempt_at")
    private Instant nextAttemptAt;
    @Column(name = "last_status_code")
    private Integer lastStatusCode;
    @Column(name = "last_error")
    private String lastError;
    @Column(name = "created_at")
    private Instant createdAt;
    @Column(name = "delivered_at")
    private Instant deliveredAt;

    protected WebhookDelivery() {
    }

    /** The receiver answered 2xx. */
    public DeliveryAttempt delivered(Instant at, int statusCode) {
        attempts++;
        status = DeliveryStatus.DELIVERED;
        lastStatusCode = statusCode;
        lastError = null;
        deliveredAt = at;
        nextAttemptAt = null;
        return new DeliveryAttempt(DeliveryAttempt.Channel.WEBHOOK, id, attempts, at, "DELIVERED", "HTTP " + statusCode);
    }

    /**
     * The receiver failed or did not answer: retry later, or become a dead letter after the last attempt.
     * {@code error} is one of the {@link WebhookFailure} words, never an exception's text.
     */
    public DeliveryAttempt failed(Instant at, Integer statusCode, String error, RetryPolicy policy, RandomGenerator random) {
        attempts++;
        lastStatusCode = statusCode;
        lastError = error;
        nextAttemptAt = policy.nextAttempt(attempts - roundStart, at, random).orElse(null);
        status = nextAttemptAt == null ? DeliveryStatus.DEAD : DeliveryStatus.PENDING;
        String detail = statusCode == null ? error : error == null ? "HTTP " + statusCode : "HTTP " + statusCode + " " + error;
        return new DeliveryAttempt(DeliveryAttempt.Channel.WEBHOOK, id, attempts, at, "FAILED", detail);
    }

    /** The owner asked for a dead letter to be delivered again: a fresh round of attempts starts now. */
    public void redeliver(Instant at) {
        if (status != DeliveryStatus.DEAD) {
            throw new IllegalStateException("Only a dead letter can be redelivered; this delivery is " + status);
        }
        status = DeliveryStatus.PENDING;
        roundStart = attempts;
        nextAttemptAt = at;
    }

    public UUID id() {
        return id;
    }

    public UUID endpointId() {
        return endpointId;
    }

    public String ownerId() {
        return ownerId;
    }

    public UUID eventId() {
        return eventId;
    }

    public String eventType() {
        return eventType;
    }

    public String payload() {
        return payload;
    }

    public DeliveryStatus status() {
        return status;
    }

    public int attempts() {
        return attempts;
    }

    public Instant nextAttemptAt() {
        return nextAttemptAt;
    }

    public Integer lastStatusCode() {
        return lastStatusCode;
    }

    public String lastError() {
        return lastError;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant deliveredAt() {
        return deliveredAt;
    }
}
