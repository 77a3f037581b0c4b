package kz.kelisim.portal.clients;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.Instant;
import java.util.UUID;

/**
 * A consent as the portal lists it.
 *
 * @param validUntil     null means "until the purpose is achieved" (PDL-8.6)
 * @param termCapped     given without a term, so valid until the longest its purpose allows (PDL-8.5)
 * @param subjectIin     whose consent it is: the signed-in subject, or a person they legally represent
 * @param representative the legal representative who gave it for the subject, if any (PDL-8.7)
 * @param purposeTitle   the purpose's title in kk, ru and en; null from a service that does not send it
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ConsentSummary(UUID id, String operatorId, String purposeCode, Integer purposeVersion, String status,
                             Instant grantedAt, Instant validUntil, boolean termCapped, Instant endedAt, boolean revokedByRepresentative,
                             String subjectIin, Representative representative, Localized purposeTitle) {

    public ConsentSummary(UUID id, String operatorId, String purposeCode, Integer purposeVersion, String status,
                          Instant grantedAt, Instant validUntil, boolean termCapped, Instant endedAt, boolean revokedByRepresentative,
                          String subjectIin, Representative representative) {
        this(id, operatorId, purposeCode, purposeVersion, status, grantedAt, validUntil, termCapped, endedAt,
                revokedByRepresentative, subjectIin, representative, null);
    }

    /** The purpose as the reader sees it: its title in their language, its code only when no title came. */
    public String purposeIn(String lang) {
        String title = purposeTitle == null ? null : purposeTitle.in(lang);
        return title == null || title.isBlank() ? purposeCode : title;
    }

    /** A legal representative and the ground of the representation (PARENT, GUARDIAN, TRUSTEE, POWER_OF_ATTORNEY). */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Representative(String iin, String basis, String document) {

        public String basisKey() {
            return "basis_" + basis;
        }
    }

    /** Whether the signed-in person sees this consent as the legal representative of someone else. */
    public boolean heldFor(String myIin) {
        return myIin != null && subjectIin != null && !myIin.equals(subjectIin);
    }

    /** The message key that names this status in every language. */
    public String statusKey() {
        return "status_" + status;
    }
}
