package kz.kelisim.notification.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.net.URI;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import kz.kelisim.kit.audit.AuditLog;
import kz.kelisim.kit.idempotency.IdempotencyKey;
import kz.kelisim.kit.problem.ConflictException;
import kz.kelisim.kit.problem.InvalidInputException;
import kz.kelisim.kit.problem.Problem;
import kz.kelisim.kit.problem.ResourceNotFoundException;
import kz.kelisim.notification.DeliveryAttempt;
import kz.kelisim.notification.DeliveryStatus;
import kz.kelisim.notification.WebhookDelivery;
import kz.kelisim.notification.WebhookEndpoint;
import kz.kelisim.notification.WebhookSignature;
import kz.kelisim.notification.repository.AttemptRepository;
import kz.kelisim.notification.repository.WebhookDeliveryRepository;
import kz.kelisim.notification.repository.WebhookEndpointRepository;

/**
 * Registers an owner's webhook endpoints and lets the owner read the delivery log and redeliver
 * dead letters; every lookup is scoped by the owner, so another owner's records are 404.
 */
@ApplicationScoped
public class WebhookService {

    /** A registered endpoint; {@code secret} is set only when this service generated it. */
    public record Registered(WebhookEndpoint endpoint, String generatedSecret, boolean created) {
    }

    private final WebhookEndpointRepository endpoints;
    private final WebhookDeliveryRepository deliveries;
    private final AttemptRepository attempts;
    private final WebhookSecrets secrets;
    private final WebhookTargets targets;
    private final AuditLog audit;
    private final Clock clock;

    public WebhookService(WebhookEndpointRepository endpoints, WebhookDeliveryRepository deliveries,
                          AttemptRepository attempts, WebhookSecrets secrets, WebhookTargets targets, AuditLog audit,
                          Clock clock) {
        this.endpoints = endpoints;
        this.deliveries = deliveries;
        this.attempts = attempts;
        this.secrets = secrets;
        this.targets = targets;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public Registered register(String owner, String idempotencyKey, String url, List<String> eventTypes, String secret) {
        validate(url, eventTypes, secret);
        var earlier = IdempotencyKey.replayOrRefuse(idempotencyKey, endpoints.byKey(owner, idempotencyKey),
                e -> e.url().equals(url) && e.eventTypes().equals(eventTypes));
        if (earlier.isPresent()) {
            return new Registered(earlier.get(), null, false);
        }
        String actual = secret == null || secret.isBlank() ? WebhookSignature.newSecret() : secret;
        WebhookEndpoint endpoint = new WebhookEndpoint(owner, url, eventTypes, secrets.seal(owner, actual),
                idempotencyKey, clock.instant());
        endpoints.persist(endpoint);
        audit.append(clock.instant(), owner, operatorOf(owner), endpoint.id(), "WEBHOOK_REGISTERED",
                "host " + URI.create(url).getHost() + " for " + eventTypes);
        return new Registered(endpoint, actual.equals(secret) ? null : actual, true);
    }

    public List<WebhookEndpoint> endpoints(String owner) {
        return endpoints.ofOwner(owner);
    }

    @Transactional
    public void remove(String owner, UUID id) {
        endpoints.ofOwner(id, owner).orElseThrow(() -> new ResourceNotFoundException("Webhook endpoint", id)).deactivate();
        audit.append(clock.instant(), owner, operatorOf(owner), id, "WEBHOOK_REMOVED", "endpoint deactivated");
    }

    public List<WebhookDelivery> deliveries(String owner, DeliveryStatus status, UUID endpointId, int limit) {
        return deliveries.ofOwner(owner, status, endpointId, limit);
    }

    public WebhookDelivery delivery(String owner, UUID id) {
        return deliveries.ofOwner(id, owner).orElseThrow(() -> new ResourceNotFoundException("Webhook delivery", id));
    }

    public List<DeliveryAttempt> attempts(WebhookDelivery delivery) {
        return attempts.forDelivery(DeliveryAttempt.Channel.WEBHOOK, delivery.id());
    }

    /** Puts a dead letter back in the queue; a delivery that is not dead is a 409 that says so. */
    @Transactional
    public WebhookDelivery redeliver(String owner, UUID id) {
        WebhookDelivery delivery = delivery(owner, id);
        if (delivery.status() != DeliveryStatus.DEAD) {
            throw new ConflictException("webhook-delivery-not-dead", "Not a dead letter",
                    "Delivery " + id + " is " + delivery.status() + "; only dead letters can be redelivered");
        }
        delivery.redeliver(clock.instant());
        audit.append(clock.instant(), owner, operatorOf(owner), id, "WEBHOOK_REDELIVERED", "dead letter queued again");
        return delivery;
    }

    /** The regulator's own endpoints belong to no operator; only regulators see their audit entries. */
    private static String operatorOf(String owner) {
        return WebhookEndpoint.REGULATOR.equals(owner) ? null : owner;
    }

    static final int MAX_EVENT_TYPES = 100;

    /**
     * Checks every field and answers one 400 naming each invalid one. The URL's host is resolved here
     * (SSRF): an address in a refused range refuses the registration, and the sender checks again
     * before every attempt.
     */
    private void validate(String url, List<String> eventTypes, String secret) {
        List<Problem.FieldError> errors = new ArrayList<>();
        try {
            targets.check(url);
        } catch (WebhookTargets.Refused refused) {
            errors.add(new Problem.FieldError("url", refused.getMessage()));
        }
        if (eventTypes == null || eventTypes.isEmpty()) {
            errors.add(new Problem.FieldError("eventTypes", "must name at least one event type, or \"*\""));
        } else if (eventTypes.size() > MAX_EVENT_TYPES) {
            // Bounded before each entry is checked: a list of 100,000 unknown types took the request past 30 s.
            errors.add(new Problem.FieldError("eventTypes", "must name at most " + MAX_EVENT_TYPES + " event types"));
        } else {
            eventTypes.stream().filter(t -> !WebhookEndpoint.ALL_TYPES.equals(t) && EventTypes.of(t).isEmpty())
                    .forEach(t -> errors.add(new Problem.FieldError("eventTypes", "'" + t + "' is not a known event type")));
        }
        if (secret != null && !secret.isBlank() && WebhookSignature.problemWith(secret) != null) {
            errors.add(new Problem.FieldError("secret", WebhookSignature.problemWith(secret)));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors.stream().map(e -> e.field() + " " + e.message())
                    .collect(java.util.stream.Collectors.joining("; ")), errors);
        }
    }
}
