package kz.kelisim.notification;

import jakarta.enterprise.context.ApplicationScoped;
import kz.kelisim.contracts.DomainEvent;
import kz.kelisim.kit.events.CloudEventWriter;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;

/**
 * Publishes events to the real broker as the other services do: CloudEvents JSON keyed by the subject's pseudonym.
 */
@ApplicationScoped
public class Events {

    private final Producer<String, String> producer;
    private final CloudEventWriter writer;

    public Events(Producer<String, String> producer, CloudEventWriter writer) {
        this.producer = producer;
        this.writer = writer;
    }

    public void send(DomainEvent event) {
        send(event.topic(), event.subjectRef(), writer.toJson(event));
    }

    public void send(String topic, String key, String payload) {
        try {
            producer.send(new ProducerRecord<>(topic, key, payload)).get();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    public String json(DomainEvent event) {
        return writer.toJson(event);
    }
}
