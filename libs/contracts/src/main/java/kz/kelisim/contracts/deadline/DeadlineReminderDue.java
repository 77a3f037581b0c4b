package kz.kelisim.contracts.deadline;

import java.time.Instant;
import java.util.UUID;
import kz.kelisim.contracts.DomainEvent;

/**
 * A legal deadline is near (by default one working day before its due date) and still open.
 */
public record DeadlineReminderDue(
        UUID eventId,
        Instant occurredAt,
        String subjectRef,
        UUID deadlineId,
        String kind,
        String ownerId,
        UUID aggregateId,
        Instant dueAt,
        String topic) implements DomainEvent {

    public static final String TYPE = "kz.kelisim.deadline.reminder-due.v1";

    @Override
    public String type() {
        return TYPE;
    }
}
