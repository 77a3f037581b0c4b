package kz.kelisim.contracts.objection;

import java.time.Instant;
import java.util.UUID;
import kz.kelisim.contracts.DomainEvent;
import kz.kelisim.contracts.Topics;

/**
 * An operator tried to record an automated decision with legal effect that was refused, so
 * regulators can see the attempt; nothing about the decision was stored.
 *
 * @param reason NO_LAWFUL_BASIS (PDL-19-1.1: no valid consent and no law), CONSENT_WITHOUT_AUTOMATED_PROCESSING
 *               (PDL-19-1.1: the consent's purpose does not declare automated processing), DECIDED_BEFORE_PUBLICATION or
 *               OBJECTION_PENDING
 *               (the subject asked to stop this processing, PDL-19-1.2)
 */
public record AutomatedDecisionBlocked(
        UUID eventId,
        Instant occurredAt,
        String subjectRef,
        String operatorId,
        UUID activityId,
        String activityCode,
        String purposeCode,
        String reason,
        Instant decidedAt) implements DomainEvent {

    public static final String TYPE = "kz.kelisim.objection.decision-blocked.v1";

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public String topic() {
        return Topics.OBJECTION_EVENTS;
    }
}
