package kz.kelisim.consent;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import kz.kelisim.consent.service.ConsentService;
import kz.kelisim.consent.service.PurposeService;
import kz.kelisim.consent.service.RevocationService;

/**
 * Sets up purposes, consents and revocations through the services, so each test can act as one caller.
 */
@ApplicationScoped
public class Given {

    public static final String BANK = "050140001238";
    public static final String TELECOM = "120340004562";
    public static final String AIGERIM = "900515401230";
    public static final String DANIYAR = "851102304561";

    private final PurposeService purposes;
    private final ConsentService consents;
    private final RevocationService revocations;

    public Given(PurposeService purposes, ConsentService consents, RevocationService revocations) {
        this.purposes = purposes;
        this.consents = consents;
        this.revocations = revocations;
    }

    public static String uniqueCode(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    public static PurposeDefinition definition(String maxValidity, List<String> recipients) {
        return new PurposeDefinition(
                new LocalizedText("Несиелік скоринг", "Кредитный скоринг", "Loan scoring"),
                new LocalizedText("Несие өтінімін қарау үшін табыс пен несие тарихын бағалау, шешім отыз күн сақталады",
                        "Оценка дохода и кредитной истории для рассмотрения заявки на кредит, решение хранится тридцать дней",
                        "Assess income and credit history to decide a loan application; the decision is kept thirty days"),
                LegalBasis.CONSENT, null, maxValidity,
                List.of(new DataCategory("income", false, false), new DataCategory("credit history", false, false)),
                DataSource.SUBJECT, recipients, true, false, null, null);
    }

    public Purpose purpose(String operator, String code, String maxValidity, List<String> recipients) {
        return purposes.register(operator, code, definition(maxValidity, recipients)).purpose();
    }

    public Consent consent(String operator, String iin, String code, Instant validUntil, Representative representative) {
        return consents.grant(new GrantConsent(operator, iin, code, validUntil, null, representative,
                new Evidence("web", "v1", "kk", Instant.now().minusSeconds(60), "checkbox"), UUID.randomUUID().toString())).consent();
    }

    public Consent consent(String operator, String iin, String code) {
        return consent(operator, iin, code, null, null);
    }

    /** A purpose of the bank shared with the telecom, and aigerim's consent to it. */
    public Consent sharedConsent(String code) {
        purpose(BANK, code, null, List.of(TELECOM));
        return consent(BANK, AIGERIM, code);
    }

    public StopObligation stop(UUID obligationId, String party) {
        return revocations.confirmStop(obligationId, party, Instant.now(), "deleted from the scoring store");
    }

    public Consent achieve(UUID consentId, String operator) {
        return consents.achievePurpose(consentId, operator);
    }

    public RevocationService.Revocation revoke(UUID consentId, String iin) {
        return revocations.revoke(consentId, iin);
    }
}
