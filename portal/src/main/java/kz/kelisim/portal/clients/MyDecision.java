package kz.kelisim.portal.clients;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.Instant;
import java.util.UUID;

/**
 * An automated decision about the subject, with the explanation of how it was made (PDL-19-1.2).
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record MyDecision(UUID id, String operatorId, String outcome, Instant decidedAt, boolean legalEffect,
                         Explanation explanation) {

    /**
     * How the automated processing works and what it may mean for the subject, in one language; when an
     * AI system takes part, its possible risks and its conditions of safe use, two texts (CPL-27.6).
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Explanation(String name, String procedure, String consequences, boolean aiSystemUsed,
                              String aiRisks, String aiSafeUse, String howToObject, String howToProtectRights) {
    }
}
