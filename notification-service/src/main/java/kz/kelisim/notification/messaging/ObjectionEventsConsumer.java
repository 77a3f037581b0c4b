package kz.kelisim.notification.messaging;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import kz.kelisim.kit.events.IncomingEvent;
import kz.kelisim.kit.events.UntilApplied;
import kz.kelisim.notification.service.EventRouter;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Consumes objection-events (decisions, objections, appeals and their missed deadlines); a message that is not a readable event goes to the dead-letter topic.
 */
@ApplicationScoped
public class ObjectionEventsConsumer {

    static final String CONSUMER = "notification-service.objection-events";

    private final EventRouter router;
    private final ObjectMapper mapper;

    public ObjectionEventsConsumer(EventRouter router, ObjectMapper mapper) {
        this.router = router;
        this.mapper = mapper;
    }

    @Incoming("objection-events")
    @Blocking
    public void consume(String payload) {
        IncomingEvent event = IncomingEvent.parse(mapper, payload);
        UntilApplied.run(CONSUMER, () -> router.apply(CONSUMER, event, payload));
    }
}
