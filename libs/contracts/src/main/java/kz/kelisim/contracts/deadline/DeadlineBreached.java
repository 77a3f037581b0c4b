package kz.kelisim.contracts.deadline;

import java.time.Instant;
import java.util.UUID;
import kz.kelisim.contracts.DomainEvent;

/**
 * A legal deadline passed without an answer from the party who owed it; emitted exactly once per
 * deadline by the owning service, on that service's topic.
 *
 * @param kind        STOP_PROCESSING (PDL-8.7), OBJECTION_REVIEW (PDL-19-1.3) or BREACH_REPORT (BRN-1)
 * @param ownerId     the BIN of the operator or third party who owed the answer
 * @param aggregateId the obligation, objection or incident the deadline belongs to
 */
public record DeadlineBreached(
        UUID eventId,
        Instant occurredAt,
        String subjectRef,
        UUID deadlineId,
        String kind,
        String ownerId,
        UUID aggregateId,
        Instant dueAt,
        String topic) implements DomainEvent {

    public static final String TYPE = "kz.kelisim.deadline.breached.v1";

    @Override
    public String type() {
        return TYPE;
    }
}
