package kz.kelisim.contracts.objection;

import java.time.Instant;
import java.util.UUID;
import kz.kelisim.contracts.DomainEvent;
import kz.kelisim.contracts.Topics;

/**
 * A subject objected to an automated-processing activity or to one decision (PDL-19-1.2); the
 * operator must consider it by {@code dueAt}, three working days after receipt (PDL-19-1.3).
 *
 * @param decisionId null when the objection is to the activity as a whole
 * @param remedy     HUMAN_REVIEW, STOP_PROCESSING or REVERSE_DECISION
 */
public record ObjectionReceived(
        UUID eventId,
        Instant occurredAt,
        String subjectRef,
        UUID objectionId,
        String operatorId,
        UUID activityId,
        UUID decisionId,
        String remedy,
        Instant receivedAt,
        Instant dueAt) implements DomainEvent {

    public static final String TYPE = "kz.kelisim.objection.received.v1";

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public String topic() {
        return Topics.OBJECTION_EVENTS;
    }
}
