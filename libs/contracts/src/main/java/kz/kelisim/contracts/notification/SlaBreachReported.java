package kz.kelisim.contracts.notification;

import java.time.Instant;
import java.util.UUID;
import kz.kelisim.contracts.DomainEvent;
import kz.kelisim.contracts.Topics;

/**
 * A party missed a legal deadline, reported once to regulators on {@code regulator-reports}:
 * a stop-processing obligation (PDL-8.7), an objection review (PDL-19-1.3) or a breach report
 * (BRN-1, also when the report was filed late).
 *
 * @param reportId    the regulator's record of this breach; one per deadline
 * @param kind        STOP_PROCESSING, OBJECTION_REVIEW or BREACH_REPORT
 * @param operatorId  the BIN of the party who owed the answer
 * @param aggregateId the obligation, objection or incident the deadline belongs to
 * @param breachedAt  when the breach was established
 * @param sourceTopic the topic the breach was first reported on
 */
public record SlaBreachReported(
        UUID eventId,
        Instant occurredAt,
        String subjectRef,
        UUID reportId,
        UUID deadlineId,
        String kind,
        String operatorId,
        UUID aggregateId,
        Instant dueAt,
        Instant breachedAt,
        String sourceTopic) implements DomainEvent {

    public static final String TYPE = "kz.kelisim.regulator.sla-breach-reported.v1";

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public String topic() {
        return Topics.REGULATOR_REPORTS;
    }
}
