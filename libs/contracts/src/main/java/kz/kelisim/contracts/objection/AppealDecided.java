package kz.kelisim.contracts.objection;

import java.time.Instant;
import java.util.UUID;
import kz.kelisim.contracts.DomainEvent;
import kz.kelisim.contracts.Topics;

/**
 * A regulator decided a subject's appeal (PDL-19-1.3); the subject is to be told the outcome.
 *
 * @param outcome UPHELD (the subject was right) or DISMISSED
 */
public record AppealDecided(
        UUID eventId,
        Instant occurredAt,
        String subjectRef,
        UUID appealId,
        UUID objectionId,
        String operatorId,
        String outcome,
        String explanationKk,
        String explanationRu,
        String explanationEn,
        Instant decidedAt) implements DomainEvent {

    public static final String TYPE = "kz.kelisim.objection.appeal-decided.v1";

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public String topic() {
        return Topics.OBJECTION_EVENTS;
    }
}
