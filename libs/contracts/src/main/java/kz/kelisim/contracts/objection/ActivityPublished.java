package kz.kelisim.contracts.objection;

import java.time.Instant;
import java.util.UUID;
import kz.kelisim.contracts.DomainEvent;
import kz.kelisim.contracts.Topics;

/**
 * An operator published a version of an automated-processing activity with its explanation in
 * Kazakh and Russian (PDL-19-1.2). No subject is concerned, so the key is the operator's BIN.
 *
 * @param basis       CONSENT or LAW (PDL-19-1.1)
 * @param purposeCode the consent purpose the activity relies on, when its basis is CONSENT
 * @param aiSystemUsed true when an AI system takes part, and so its possible risks and its conditions of
 *                     safe use were published as two texts in Kazakh and Russian (CPL-27.6)
 */
public record ActivityPublished(
        UUID eventId,
        Instant occurredAt,
        String subjectRef,
        UUID activityId,
        String operatorId,
        String code,
        int version,
        boolean legalEffect,
        String basis,
        String purposeCode,
        boolean aiSystemUsed) implements DomainEvent {

    public static final String TYPE = "kz.kelisim.objection.activity-published.v1";

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public String topic() {
        return Topics.OBJECTION_EVENTS;
    }
}
