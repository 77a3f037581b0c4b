package kz.kelisim.portal.clients;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A revocation just recorded, with each party's obligation.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Revocation(UUID consentId, Instant receivedAt, List<Obligation> obligations) {
}
