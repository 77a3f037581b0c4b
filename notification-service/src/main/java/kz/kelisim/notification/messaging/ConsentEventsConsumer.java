package kz.kelisim.notification.messaging;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import kz.kelisim.kit.events.IncomingEvent;
import kz.kelisim.notification.service.NoticeService;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Consumes consent-events; a message that is not a readable event goes to the dead-letter topic.
 */
@ApplicationScoped
public class ConsentEventsConsumer {

    private final NoticeService notices;
    private final ObjectMapper mapper;

    public ConsentEventsConsumer(NoticeService notices, ObjectMapper mapper) {
        this.notices = notices;
        this.mapper = mapper;
    }

    @Incoming("consent-events")
    @Blocking
    public void consume(String payload) {
        notices.apply(IncomingEvent.parse(mapper, payload));
    }
}
