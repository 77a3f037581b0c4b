package kz.kelisim.notification.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;
import kz.kelisim.contracts.DomainEvent;
import kz.kelisim.contracts.notification.BreachReported;
import kz.kelisim.contracts.notification.SlaBreachReported;
import kz.kelisim.contracts.objection.ObjectionAppealed;
import kz.kelisim.kit.events.CloudEventWriter;
import kz.kelisim.notification.WebhookEndpoint;
import kz.kelisim.notification.repository.WebhookDeliveryRepository;
import kz.kelisim.notification.repository.WebhookEndpointRepository;

/**
 * Queues an event for every endpoint that wants it, in the transaction that handles the event:
 * the operators the event concerns (by BIN) and, for what regulators receive, the regulator.
 * One delivery per endpoint and event, however often the event arrives.
 */
@ApplicationScoped
public class WebhookDispatcher {

    /** A webhook delivery was queued in the current transaction; observed once the transaction commits. */
    public record DeliveryQueued(UUID endpointId) {
    }

    /** What the authorised body receives: missed deadlines, breach reports (BRN-1) and appeals (PDL-19-1.3). */
    static final Set<String> REGULATOR_TYPES = Set.of(SlaBreachReported.TYPE, BreachReported.TYPE, ObjectionAppealed.TYPE);

    private final WebhookEndpointRepository endpoints;
    private final WebhookDeliveryRepository deliveries;
    private final CloudEventWriter writer;
    private final ObjectMapper mapper;
    private final Clock clock;
    private final Event<DeliveryQueued> queued;

    public WebhookDispatcher(WebhookEndpointRepository endpoints, WebhookDeliveryRepository deliveries,
                             CloudEventWriter writer, ObjectMapper mapper, Clock clock, Event<DeliveryQueued> queued) {
        this.endpoints = endpoints;
        this.deliveries = deliveries;
        this.writer = writer;
        this.mapper = mapper;
        this.clock = clock;
        this.queued = queued;
    }

    /** An event this service publishes. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void enqueue(DomainEvent event) {
        enqueue(event.eventId(), event.type(), mapper.valueToTree(event), writer.toJson(event));
    }

    /** An event consumed from another service, delivered as it was published (a CloudEvents JSON document). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void enqueue(UUID eventId, String type, JsonNode data, String cloudEvent) {
        Set<String> owners = ownersOf(data);
        if (REGULATOR_TYPES.contains(type)) {
            owners.add(WebhookEndpoint.REGULATOR);
        }
        for (WebhookEndpoint endpoint : endpoints.activeFor(owners)) {
            if (endpoint.wants(type)) {
                deliveries.enqueue(endpoint.id(), endpoint.ownerId(), eventId, type, cloudEvent, clock.instant());
                queued.fire(new DeliveryQueued(endpoint.id()));
            }
        }
    }

    /** The parties an event concerns: its operator, the owner of a deadline, and every party obliged by it. */
    static Set<String> ownersOf(JsonNode data) {
        Set<String> owners = new LinkedHashSet<>();
        for (String field : new String[] {"operatorId", "ownerId", "partyId"}) {
            JsonNode value = data.path(field);
            if (value.isTextual() && !value.asText().isBlank()) {
                owners.add(value.asText());
            }
        }
        for (JsonNode obligation : data.path("obligations")) {
            if (obligation.path("partyId").isTextual()) {
                owners.add(obligation.path("partyId").asText());
            }
        }
        return owners;
    }
}
