package kz.kelisim.contracts.consent;

import java.time.Instant;
import java.util.UUID;
import kz.kelisim.contracts.DomainEvent;
import kz.kelisim.contracts.Topics;

/**
 * A party confirmed that it stopped processing after a revocation (PDL-8.7).
 *
 * @param outcome MET when answered within the 15 working days, MET_LATE after the due moment
 */
public record StopConfirmed(
        UUID eventId,
        Instant occurredAt,
        String subjectRef,
        UUID obligationId,
        UUID consentId,
        String partyId,
        Instant stoppedAt,
        Instant dueAt,
        String outcome) implements DomainEvent {

    public static final String TYPE = "kz.kelisim.consent.stop-confirmed.v1";

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public String topic() {
        return Topics.CONSENT_EVENTS;
    }
}
