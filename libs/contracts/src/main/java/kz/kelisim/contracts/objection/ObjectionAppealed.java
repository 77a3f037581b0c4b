package kz.kelisim.contracts.objection;

import java.time.Instant;
import java.util.UUID;
import kz.kelisim.contracts.DomainEvent;
import kz.kelisim.contracts.Topics;

/**
 * A subject appealed the operator's answer to an objection, or its silence past the due moment,
 * to the regulator (PDL-19-1.3).
 */
public record ObjectionAppealed(
        UUID eventId,
        Instant occurredAt,
        String subjectRef,
        UUID appealId,
        UUID objectionId,
        String operatorId,
        Instant appealedAt) implements DomainEvent {

    public static final String TYPE = "kz.kelisim.objection.appealed.v1";

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public String topic() {
        return Topics.OBJECTION_EVENTS;
    }
}
