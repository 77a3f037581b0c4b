package kz.kelisim.consent.rest;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A revocation and the stop obligation each party now owes (PDL-8.7).
 */
public record RevocationView(UUID consentId, Instant receivedAt, boolean byRepresentative,
                             List<ObligationView> obligations) {
}
