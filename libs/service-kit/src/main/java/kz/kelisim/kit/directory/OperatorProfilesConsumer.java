package kz.kelisim.kit.directory;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import kz.kelisim.contracts.NationalId;
import kz.kelisim.contracts.operator.OperatorProfilePublished;
import kz.kelisim.kit.events.IncomingEvent;
import kz.kelisim.kit.events.MalformedEventException;
import kz.kelisim.kit.events.UntilApplied;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Applies operator profiles published by consent-service, so every service shows the same names.
 * Applying is idempotent by version: a redelivery or an older version changes nothing.
 */
@ApplicationScoped
public class OperatorProfilesConsumer {

    private final OperatorDirectory directory;
    private final ObjectMapper mapper;

    public OperatorProfilesConsumer(OperatorDirectory directory, ObjectMapper mapper) {
        this.directory = directory;
        this.mapper = mapper;
    }

    @Incoming("operator-profiles")
    @Blocking
    public void consume(String payload) {
        IncomingEvent event = IncomingEvent.parse(mapper, payload);
        if (!OperatorProfilePublished.TYPE.equals(event.type())) {
            return;
        }
        OperatorProfilePublished profile = event.dataAs(mapper, OperatorProfilePublished.class);
        // ID-1: the directory is keyed by a valid BIN; anything else is not a profile consent-service wrote.
        String problem = NationalId.binProblem(profile.bin());
        if (problem != null || profile.name() == null || profile.version() < 1) {
            throw new MalformedEventException("operator profile " + profile.bin() + ": "
                    + (problem != null ? problem : "no name or no version"));
        }
        UntilApplied.run("operator-profiles", () -> directory.apply(profile));
    }
}
