package kz.kelisim.contracts.consent;

import java.time.Instant;
import java.util.UUID;
import kz.kelisim.contracts.DomainEvent;
import kz.kelisim.contracts.Topics;
import kz.kelisim.contracts.legal.LegalAct;

/**
 * A party gave a reasoned refusal to stop processing, citing the legislation (any normative legal
 * act) that requires it to keep or process the data (PDL-8.7); the reasons are in Kazakh and Russian,
 * and in English when given.
 *
 * @param lawReference the act cited, as one English text ({@link kz.kelisim.contracts.legal.LegalCitation});
 *                     kept so that consumers written before {@code legalAct} still read a citation
 * @param legalAct     the act cited, structured; absent (null) in events published before it was added,
 *                     which carry only {@code lawReference}
 * @param outcome      MET when answered within the 15 working days, MET_LATE after the due moment
 */
public record StopRefused(
        UUID eventId,
        Instant occurredAt,
        String subjectRef,
        UUID obligationId,
        UUID consentId,
        String partyId,
        String lawReference,
        LegalAct legalAct,
        String reasonKk,
        String reasonRu,
        String reasonEn,
        Instant dueAt,
        String outcome) implements DomainEvent {

    public static final String TYPE = "kz.kelisim.consent.stop-refused.v1";

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public String topic() {
        return Topics.CONSENT_EVENTS;
    }
}
