package kz.kelisim.notification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * One attempt in the delivery log of an e-mail or a webhook: when, and what came of it.
 */
@Entity
@Table(name = "delivery_attempt")
public class DeliveryAttempt {

    /** The channel a delivery goes through. */
    public enum Channel { MAIL, WEBHOOK }

    @Id
    private UUID id;
    private String channel;
    @Column(name = "delivery_id")
    private UUID deliveryId;
    private int attempt;
    private Instant at;
    private String outcome;
    private String detail;

    protected DeliveryAttempt() {
    }

    public DeliveryAttempt(Channel channel, UUID deliveryId, int attempt, Instant at, String outcome, String detail) {
        this.id = UUID.randomUUID();
        this.channel = channel.name();
        this.deliveryId = deliveryId;
        this.attempt = attempt;
        this.at = at;
        this.outcome = outcome;
        this.detail = detail == null || detail.length() <= 500 ? detail : detail.substring(0, 500);
    }

    public int attempt() {
        return attempt;
    }

    public Instant at() {
        return at;
    }

    public String outcome() {
        return outcome;
    }

    public String detail() {
        return detail;
    }
}
