package kz.kelisim.contracts.objection;

import java.time.Instant;
import java.util.UUID;
import kz.kelisim.contracts.DomainEvent;
import kz.kelisim.contracts.Topics;

/**
 * An operator recorded an automated decision about a subject (PDL-1.2-3) on a lawful basis.
 *
 * @param basis     CONSENT, LAW, or NONE_NEEDED when the decision has no legal effect (PDL-19-1.1)
 * @param consentId the consent relied on, when the basis is CONSENT
 */
public record DecisionRecorded(
        UUID eventId,
        Instant occurredAt,
        String subjectRef,
        UUID decisionId,
        String operatorId,
        UUID activityId,
        String activityCode,
        boolean legalEffect,
        String basis,
        UUID consentId,
        Instant decidedAt) implements DomainEvent {

    public static final String TYPE = "kz.kelisim.objection.decision-recorded.v1";

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public String topic() {
        return Topics.OBJECTION_EVENTS;
    }
}
