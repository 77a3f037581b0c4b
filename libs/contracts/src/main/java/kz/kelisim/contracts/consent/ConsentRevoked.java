package kz.kelisim.contracts.consent;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import kz.kelisim.contracts.DomainEvent;
import kz.kelisim.contracts.Topics;

/**
 * The subject or their legal representative revoked a consent (PDL-8.7). Each party that must stop
 * processing has its own obligation with a due moment 15 working days after receipt.
 *
 * @param byRepresentative true when a legal representative revoked on the subject's behalf
 */
public record ConsentRevoked(
        UUID eventId,
        Instant occurredAt,
        String subjectRef,
        UUID consentId,
        String operatorId,
        String purposeCode,
        Instant receivedAt,
        boolean byRepresentative,
        List<Obligation> obligations) implements DomainEvent {

    public static final String TYPE = "kz.kelisim.consent.revoked.v1";

    /** One party's obligation to stop processing or refuse with reasons. */
    public record Obligation(UUID obligationId, String partyId, boolean thirdParty, Instant dueAt) {
    }

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public String topic() {
        return Topics.CONSENT_EVENTS;
    }
}
