package kz.kelisim.contracts.objection;

import java.time.Instant;
import java.util.UUID;
import kz.kelisim.contracts.DomainEvent;
import kz.kelisim.contracts.Topics;

/**
 * An operator considered an objection and the subject is to be told the result (PDL-19-1.3), in
 * Kazakh and Russian, and in English when given.
 *
 * @param outcome       UPHELD or REJECTED
 * @param reviewState   MET when answered in time, MET_LATE after the due moment
 */
public record ObjectionResolved(
        UUID eventId,
        Instant occurredAt,
        String subjectRef,
        UUID objectionId,
        String operatorId,
        String outcome,
        String explanationKk,
        String explanationRu,
        String explanationEn,
        Instant resolvedAt,
        String reviewState) implements DomainEvent {

    public static final String TYPE = "kz.kelisim.objection.resolved.v1";

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public String topic() {
        return Topics.OBJECTION_EVENTS;
    }
}
