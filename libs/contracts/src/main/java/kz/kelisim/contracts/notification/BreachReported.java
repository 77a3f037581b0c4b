package kz.kelisim.contracts.notification;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import kz.kelisim.contracts.DomainEvent;
import kz.kelisim.contracts.Topics;

/**
 * An operator reported a personal-data security breach to the authorised body (BRN-1). It carries
 * no subject's data: the affected subjects stay encrypted in notification-service, so the key is
 * the operator's BIN.
 *
 * @param dueAt       24:00 Asia/Almaty of the working day after detection (BRN-1)
 * @param reportState MET when reported by {@code dueAt}, MET_LATE after it
 */
public record BreachReported(
        UUID eventId,
        Instant occurredAt,
        String subjectRef,
        UUID incidentId,
        String operatorId,
        Instant detectedAt,
        Instant reportedAt,
        Instant dueAt,
        String reportState,
        List<String> dataCategories,
        String measures,
        int affectedSubjects) implements DomainEvent {

    public static final String TYPE = "kz.kelisim.breach.reported.v1";

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public String topic() {
        return Topics.BREACH_EVENTS;
    }
}
