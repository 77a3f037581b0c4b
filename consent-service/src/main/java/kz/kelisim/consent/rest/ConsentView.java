package kz.kelisim.consent.rest;

import java.time.Instant;
import java.util.UUID;
import kz.kelisim.consent.Consent;
import kz.kelisim.consent.ConsentStatus;
import kz.kelisim.consent.Evidence;
import kz.kelisim.consent.LocalizedText;
import kz.kelisim.consent.Representative;
import kz.kelisim.consent.TermBasis;
import kz.kelisim.contracts.deadline.ReceiptChannel;

/**
 * A consent as the API shows it.
 *
 * @param validUntil null means "until the purpose is achieved" (PDL-8.6)
 * @param termCapped  given without a term, so valid until the longest its purpose allows (PDL-8.5)
 * @param purposeTitle the title of the purpose version the subject consented to, in kk, ru and en, so a
 *                     reader never sees only its code; null where the view does not carry it
 */
public record ConsentView(UUID id, String operatorId, String subjectIin, String purposeCode, Integer purposeVersion,
                          ConsentStatus status, Instant grantedAt, Instant validUntil, boolean termCapped,
                          Instant endedAt, TermBasis termBasis, Representative representative, Evidence evidence,
                          boolean revokedByRepresentative, LocalizedText purposeTitle, ReceiptChannel revocationChannel,
                          String revocationEvidence) {

    static ConsentView of(Consent c, Instant now) {
        return of(c, now, null);
    }

    static ConsentView of(Consent c, Instant now, LocalizedText purposeTitle) {
        return new ConsentView(c.id(), c.operatorId(), c.subjectIin(), c.purposeCode(), c.purposeVersion(),
                c.statusAt(now), c.grantedAt(), c.validUntil(), c.termCapped(), c.endedAt(), c.termBasis(), c.representative(),
                c.evidence(), c.revokedByRepresentative(), purposeTitle, c.revocationChannel(), c.revocationEvidence());
    }
}
