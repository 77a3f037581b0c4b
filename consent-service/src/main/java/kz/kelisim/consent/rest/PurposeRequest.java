package kz.kelisim.consent.rest;

import java.time.DateTimeException;
import java.time.Period;
import java.util.List;
import kz.kelisim.consent.DataCategory;
import kz.kelisim.consent.DataSource;
import kz.kelisim.consent.LegalBasis;
import kz.kelisim.consent.LocalizedText;
import kz.kelisim.consent.NationalAiPlatformTransfer;
import kz.kelisim.consent.PublicInterestGround;
import kz.kelisim.consent.PurposeDefinition;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The body of {@code POST /api/v1/purposes}.
 */
@Schema(example = """
        {"code":"loan-scoring",
         "title":{"kk":"Несиелік скоринг","ru":"Кредитный скоринг","en":"Loan scoring"},
         "description":{"kk":"Несие өтінімін қарау үшін табыс пен несие тарихын бағалау, шешім 30 күн сақталады",
                        "ru":"Оценка дохода и кредитной истории для рассмотрения заявки на кредит, решение хранится 30 дней",
                        "en":"Assess income and credit history to decide a loan application; the decision is kept 30 days"},
         "legalBasis":"CONSENT","maxValidity":"P1Y",
         "dataCategories":[{"name":"income","biometric":false,"publicPlaceIdentification":false}],
         "source":"SUBJECT","recipients":["120340004562"],"automated":true,"aiSystem":false}""")
public record PurposeRequest(
        String code,
        LocalizedText title,
        LocalizedText description,
        LegalBasis legalBasis,
        @Schema(description = "The law or contract, required when legalBasis is LAW or CONTRACT")
        String legalReference,
        @Schema(description = "The longest term a consent may have, an ISO-8601 period such as P1Y (PDL-8.5); "
                + "required unless untilPurposeAchieved is true")
        String maxValidity,
        @Schema(description = "true when consents last until the purpose is achieved (PDL-8.6); "
                + "then maxValidity is left out. A purpose declares exactly one of the two.")
        Boolean untilPurposeAchieved,
        List<DataCategory> dataCategories,
        DataSource source,
        @Schema(description = "BINs of the third parties the data is shared with")
        List<String> recipients,
        boolean automated,
        @Schema(description = "An AI system takes part; then aiComponents is required (CPL-27.6)")
        boolean aiSystem,
        LocalizedText aiComponents,
        @Schema(description = "Required for biometric identification in public places without consent (PDL-7.12)")
        PublicInterestGround publicInterestGround,
        @Schema(description = "Present when the data go to the national AI platform; depersonalisedBy says who "
                + "depersonalises them, OPERATOR before sending or PLATFORM_OPERATOR (PDL-17.3, INF-35.2-2)")
        NationalAiPlatformTransfer nationalAiPlatform) {

    static final String CODE_PATTERN = "[a-z0-9][a-z0-9._-]{0,99}";

    /** Checks the form of every field (400); the law's rules are the domain's (422). */
    PurposeDefinition toDefinition(String operatorId) {
        Inputs in = new Inputs()
                .require(code != null && code.matches(CODE_PATTERN), "code", "must be 1-100 lowercase letters, digits, '.', '_' or '-'")
                .localized(title, "title")
                .localized(description, "description")
                .require(legalBasis != null, "legalBasis", "is required: CONSENT, LAW or CONTRACT")
                .require(legalBasis == null || legalBasis == LegalBasis.CONSENT || Inputs.present(legalReference),
                        "legalReference", "is required when legalBasis is LAW or CONTRACT")
                .maxLength(legalReference, 500, "legalReference")
                .require(validPeriod(maxValidity), "maxValidity", "must be a positive ISO-8601 period such as P1Y or P6M")
                // PDL-8.5, PDL-8.6: the term policy is declared, never implied by a missing field.
                .require(maxValidity != null || Boolean.TRUE.equals(untilPurposeAchieved), "maxValidity",
                        "is required unless untilPurposeAchieved is true: declare the longest term a consent may have, "
                                + "such as P1Y (PDL-8.5), or that consents last until the purpose is achieved (PDL-8.6)")
                .require(maxValidity == null || !Boolean.TRUE.equals(untilPurposeAchieved), "untilPurposeAchieved",
                        "must not be true when maxValidity is given: a purpose declares one term policy")
                .require(dataCategories != null && !dataCategories.isEmpty(), "dataCategories", "must list at least one category")
                .require(source != null, "source", "is required: SUBJECT, THIRD_PARTY or PUBLIC_SOURCES");
        if (dataCategories != null) {
            for (int i = 0; i < dataCategories.size(); i++) {
                DataCategory c = dataCategories.get(i);
                in.require(c != null && Inputs.present(c.name()), "dataCategories[" + i + "].name", "is required");
            }
        }
        if (recipients != null) {
            for (int i = 0; i < recipients.size(); i++) {
                in.nationalId(recipients.get(i), "recipients[" + i + "]");
                in.require(!operatorId.equals(recipients.get(i)), "recipients[" + i + "]", "is the operator itself");
            }
        }
        in.throwIfAny();
        return new PurposeDefinition(title, description, legalBasis, legalReference, maxValidity, dataCategories, source,
                recipients == null ? List.of() : recipients.stream().distinct().toList(), automated, aiSystem,
                aiComponents, publicInterestGround, nationalAiPlatform);
    }

    private static boolean validPeriod(String value) {
        if (value == null) {
            return true;
        }
        try {
            Period p = Period.parse(value);
            return !p.isNegative() && !p.isZero();
        } catch (DateTimeException e) {
            return false;
        }
    }
}
