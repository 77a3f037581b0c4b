package kz.kelisim.notification.rest;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import kz.kelisim.notification.DeliveryAttempt;
import kz.kelisim.notification.WebhookDelivery;
import kz.kelisim.notification.WebhookEndpoint;
import kz.kelisim.notification.WebhookFailure;

/**
 * What the webhook API reads and writes.
 */
public final class WebhookViews {

    private WebhookViews() {
    }

    /** A registration: the URL, the event types (or "*") and an optional whsec_ secret. */
    public record Registration(String url, List<String> eventTypes, String secret) {
    }

    /** A registered endpoint; {@code secret} appears once, when this service generated it. */
    public record Endpoint(UUID id, String url, List<String> eventTypes, Instant createdAt, String secret) {
        static Endpoint of(WebhookEndpoint e, String secret) {
            return new Endpoint(e.id(), e.url(), e.eventTypes(), e.createdAt(), secret);
        }
    }

    /**
     * One entry in the delivery log; its id is the webhook-id header the receiver saw. {@code lastError}
     * and each attempt's {@code detail} are an HTTP status ("HTTP 500") or a {@link WebhookFailure}'s words.
     */
    public record Delivery(UUID id, UUID endpointId, UUID eventId, String eventType, String status, int attempts,
                           Integer lastStatusCode, String lastError, Instant nextAttemptAt, Instant createdAt,
                           Instant deliveredAt, List<Attempt> log) {
        static Delivery of(WebhookDelivery d, List<DeliveryAttempt> attempts) {
            return new Delivery(d.id(), d.endpointId(), d.eventId(), d.eventType(), d.status().name(), d.attempts(),
                    d.lastStatusCode(), WebhookFailure.forOwner(d.lastError()), d.nextAttemptAt(), d.createdAt(), d.deliveredAt(),
                    attempts == null ? null : attempts.stream().map(Attempt::of).toList());
        }
    }

    /** One attempt. */
    public record Attempt(int attempt, Instant at, String outcome, String detail) {
        static Attempt of(DeliveryAttempt a) {
            return new Attempt(a.attempt(), a.at(), a.outcome(), WebhookFailure.forOwner(a.detail()));
        }
    }
}
