package kz.kelisim.objection.messaging;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import kz.kelisim.kit.events.IncomingEvent;
import kz.kelisim.kit.events.UntilApplied;
import kz.kelisim.objection.service.ConsentProjection;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Consumes consent-events into the consent projection (PDL-19-1.1); a message that is not a
 * readable event goes to the dead-letter topic.
 */
@ApplicationScoped
public class ConsentEventsConsumer {

    private final ConsentProjection projection;
    private final ObjectMapper mapper;

    public ConsentEventsConsumer(ConsentProjection projection, ObjectMapper mapper) {
        this.projection = projection;
        this.mapper = mapper;
    }

    @Incoming("consent-events")
    @Blocking
    public void consume(String payload) {
        IncomingEvent event = IncomingEvent.parse(mapper, payload);
        UntilApplied.run("objection-service.consent-events", () -> projection.apply(event));
    }
}
