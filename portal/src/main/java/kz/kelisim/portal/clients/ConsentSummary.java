package kz.kelisim.portal.clients;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.Instant;
import java.util.UUID;

/**
 * A consent as the portal lists it.
 *
 * @param validUntil null means "until the purpose is achieved" (PDL-8.6)
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ConsentSummary(UUID id, String operatorId, String purposeCode, Integer purposeVersion, String status,
                             Instant grantedAt, Instant validUntil, Instant endedAt, boolean revokedByRepresentative) {

    /** The message key that names this status in every language. */
    public String statusKey() {
        return "status_" + status;
    }
}
