package kz.kelisim.consent;

import java.time.Instant;
import kz.kelisim.contracts.Sha256;

/**
 * An operator's request to record a consent, already validated for form.
 */
public record GrantConsent(String operatorId, String subjectIin, String purposeCode, Instant validUntil,
                           TermBasis termBasis, Representative representative, Evidence evidence,
                           String idempotencyKey) {

    /** A digest of what was asked, to tell a retry of the same request from a reused key. */
    public String fingerprint() {
        String canonical = String.join("\u0000", subjectIin, purposeCode, String.valueOf(validUntil),
                JsonColumn.write(termBasis) + "", JsonColumn.write(representative) + "", JsonColumn.write(evidence) + "");
        return Sha256.hex(canonical);
    }
}
