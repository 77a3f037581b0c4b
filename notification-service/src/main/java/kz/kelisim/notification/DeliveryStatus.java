package kz.kelisim.notification;

/**
 * Where an e-mail or a webhook delivery stands: waiting for its next attempt, delivered, or given
 * up after the last attempt (a dead letter that can be redelivered).
 */
public enum DeliveryStatus {
    PENDING,
    DELIVERED,
    DEAD
}
