package kz.kelisim.contracts.consent;

import java.time.Instant;
import java.util.UUID;
import kz.kelisim.contracts.DomainEvent;
import kz.kelisim.contracts.Topics;

/**
 * A consent stopped being valid without a revocation: its term passed (reason EXPIRED) or its
 * purpose was achieved (reason PURPOSE_ACHIEVED, PDL-8.5, PDL-8.6).
 */
public record ConsentEnded(
        UUID eventId,
        Instant occurredAt,
        String subjectRef,
        UUID consentId,
        String operatorId,
        String purposeCode,
        Reason reason) implements DomainEvent {

    public static final String EXPIRED_TYPE = "kz.kelisim.consent.expired.v1";
    public static final String ENDED_TYPE = "kz.kelisim.consent.ended.v1";

    /** Why the consent ended. */
    public enum Reason { EXPIRED, PURPOSE_ACHIEVED }

    @Override
    public String type() {
        return reason == Reason.EXPIRED ? EXPIRED_TYPE : ENDED_TYPE;
    }

    @Override
    public String topic() {
        return Topics.CONSENT_EVENTS;
    }
}
