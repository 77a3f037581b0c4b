package kz.kelisim.consent.rest;

import java.time.Instant;
import java.util.UUID;
import kz.kelisim.consent.Consent;
import kz.kelisim.consent.ConsentStatus;

/**
 * A consent as the API shows it.
 *
 * @param validUntil null means "until the purpose is achieved" (PDL-8.6)
 */
public record ConsentView(UUID id, String operatorId, String subjectIin, String purposeCode, ConsentStatus status,
                          Instant grantedAt, Instant validUntil) {

    static ConsentView of(Consent c, Instant now) {
        return new ConsentView(c.id(), c.operatorId(), c.subjectIin(), c.purposeCode(), c.statusAt(now),
                c.grantedAt(), c.validUntil());
    }
}
