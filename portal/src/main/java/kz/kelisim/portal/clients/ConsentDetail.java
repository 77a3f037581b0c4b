package kz.kelisim.portal.clients;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.Instant;
import java.util.List;

/**
 * One consent with its purpose as the subject saw it, its history and, after a revocation, each
 * party's stop obligation.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ConsentDetail(ConsentSummary consent, Purpose purpose, List<HistoryEntry> history,
                            List<Obligation> obligations) {

    /** The purpose version the consent points at. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Purpose(String code, int version, Localized title, Localized description, String legalBasis,
                          List<String> recipients, NationalAiPlatform nationalAiPlatform) {

        /** A purpose that sends nothing to the national AI platform. */
        public Purpose(String code, int version, Localized title, Localized description, String legalBasis,
                       List<String> recipients) {
            this(code, version, title, description, legalBasis, recipients, null);
        }
    }

    /** The purpose sends the data to the national AI platform, depersonalised by {@code depersonalisedBy} (PDL-17.3). */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record NationalAiPlatform(String depersonalisedBy) {

        public boolean byOperator() {
            return "OPERATOR".equals(depersonalisedBy);
        }
    }

    /** One step in the consent's life. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record HistoryEntry(Instant at, String action, String actor, String detail) {
    }

    public boolean revocable() {
        return "ACTIVE".equals(consent.status());
    }
}
