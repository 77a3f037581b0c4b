package kz.kelisim.consent;

import java.time.Period;
import java.util.List;

/**
 * Everything an operator declares about a purpose; a change to it makes a new purpose version.
 *
 * @param maxValidity an ISO-8601 period, or null for "until the purpose is achieved" (PDL-8.5, PDL-8.6)
 * @param aiComponents the disclosure of AI components, required when an AI system takes part (CPL-27.6)
 */
public record PurposeDefinition(
        LocalizedText title,
        LocalizedText description,
        LegalBasis legalBasis,
        String legalReference,
        String maxValidity,
        List<DataCategory> dataCategories,
        DataSource source,
        List<String> recipients,
        boolean automated,
        boolean aiSystem,
        LocalizedText aiComponents,
        PublicInterestGround publicInterestGround) {

    public PurposeDefinition {
        dataCategories = dataCategories == null ? List.of() : List.copyOf(dataCategories);
        recipients = recipients == null ? List.of() : List.copyOf(recipients);
    }

    /** The longest term a consent may have without a law or contract basis; null when unbounded. */
    public Period maxValidityPeriod() {
        return maxValidity == null ? null : Period.parse(maxValidity);
    }

    public boolean identifiesBiometricallyInPublic() {
        return dataCategories.stream().anyMatch(c -> c.biometric() && c.publicPlaceIdentification());
    }
}
