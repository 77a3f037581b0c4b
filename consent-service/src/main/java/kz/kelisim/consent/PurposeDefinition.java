package kz.kelisim.consent;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Period;
import java.util.List;

/**
 * Everything an operator declares about a purpose; a change to it makes a new purpose version.
 *
 * @param maxValidity an ISO-8601 period, or null for "until the purpose is achieved" (PDL-8.5, PDL-8.6)
 * @param aiComponents the disclosure of AI components, required when an AI system takes part (CPL-27.6)
 * @param nationalAiPlatform the transfer to the national AI platform, or null when there is none (PDL-17.3)
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
        PublicInterestGround publicInterestGround,
        @JsonInclude(JsonInclude.Include.NON_NULL) NationalAiPlatformTransfer nationalAiPlatform) {

    /** A purpose that sends nothing to the national AI platform. */
    public PurposeDefinition(LocalizedText title, LocalizedText description, LegalBasis legalBasis, String legalReference,
                             String maxValidity, List<DataCategory> dataCategories, DataSource source,
                             List<String> recipients, boolean automated, boolean aiSystem, LocalizedText aiComponents,
                             PublicInterestGround publicInterestGround) {
        this(title, description, legalBasis, legalReference, maxValidity, dataCategories, source, recipients, automated,
                aiSystem, aiComponents, publicInterestGround, null);
    }

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
