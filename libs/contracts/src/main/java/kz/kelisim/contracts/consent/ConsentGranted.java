package kz.kelisim.contracts.consent;

import java.time.Instant;
import java.util.UUID;
import kz.kelisim.contracts.DomainEvent;
import kz.kelisim.contracts.Topics;

/**
 * A subject's consent was recorded by an operator.
 *
 * @param validUntil null when the consent lasts until its purpose is achieved (PDL-8.6)
 * @param automatedProcessing the purpose, in the version consented to, declares automated processing; only
 *                            then does the consent cover an automated decision with legal effect (PDL-19-1.1)
 */
public record ConsentGranted(
        UUID eventId,
        Instant occurredAt,
        String subjectRef,
        UUID consentId,
        String operatorId,
        String purposeCode,
        Instant validUntil,
        boolean automatedProcessing) implements DomainEvent {

    public static final String TYPE = "kz.kelisim.consent.granted.v1";

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public String topic() {
        return Topics.CONSENT_EVENTS;
    }
}
