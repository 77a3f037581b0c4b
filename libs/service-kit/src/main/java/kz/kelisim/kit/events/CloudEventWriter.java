package kz.kelisim.kit.events;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import kz.kelisim.contracts.DomainEvent;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Writes a domain event as a structured-mode CloudEvents 1.0 JSON document.
 */
@ApplicationScoped
public class CloudEventWriter {

    /** The Kafka header that marks a structured-mode CloudEvent (CloudEvents Kafka binding). */
    public static final String CONTENT_TYPE = "application/cloudevents+json; charset=UTF-8";

    private final ObjectMapper mapper;
    private final String source;

    public CloudEventWriter(ObjectMapper mapper, @ConfigProperty(name = "quarkus.application.name") String service) {
        this.mapper = mapper;
        this.source = "urn:kelisim:" + service;
    }

    public String toJson(DomainEvent event) {
        ObjectNode envelope = mapper.createObjectNode()
                .put("specversion", "1.0")
                .put("id", event.eventId().toString())
                .put("source", source)
                .put("type", event.type())
                .put("subject", event.subjectRef())
                .put("time", event.occurredAt().toString())
                .put("datacontenttype", "application/json");
        envelope.set("data", mapper.valueToTree(event));
        try {
            return mapper.writeValueAsString(envelope);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Event " + event.type() + " cannot be written as JSON", e);
        }
    }
}
