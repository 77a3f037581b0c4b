package kz.kelisim.consent.rest;

import java.net.URI;
import java.net.URISyntaxException;
import kz.kelisim.consent.OperatorDetails;
import kz.kelisim.contracts.operator.ResponsiblePerson;
import kz.kelisim.contracts.operator.Trilingual;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The body of {@code PUT /api/v1/operators/{bin}}: the whole profile, which replaces the previous one.
 */
@Schema(example = """
        {"name":{"kk":"Демо Банк","ru":"Демо Банк","en":"Demo Bank"},
         "description":{"kk":"Жеке тұлғаларға несие беретін банк","ru":"Банк, выдающий кредиты физическим лицам",
                        "en":"A bank lending to individuals"},
         "legalAddress":"Almaty, Abay avenue 1, 050000",
         "responsible":{"name":"Aigul Serikova","email":"dpo@demo-bank.kz","phone":"+7 727 000 00 00"},
         "privacyNoticeUrl":"https://demo-bank.kz/privacy"}""")
public record OperatorRequest(
        Trilingual name,
        Trilingual description,
        String legalAddress,
        @Schema(description = "The person responsible for organising personal-data processing (BRN-1): a name and an e-mail or a phone")
        ResponsiblePerson responsible,
        @Schema(description = "The operator's privacy notice, an absolute http(s) URL")
        String privacyNoticeUrl) {

    private static final String EMAIL = "[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]+";
    private static final String PHONE = "\\+?[0-9][0-9 ()-]{5,24}";

    /** Checks every field (400 naming each); the BIN of the path is checked too (ID-1). */
    OperatorDetails toDetails(String bin) {
        Inputs in = new Inputs()
                .bin(bin, "bin")
                .localized(name, "name")
                .maxLength(name, 300, "name")
                .localized(description, "description")
                .maxLength(description, 1000, "description")
                .require(Inputs.present(legalAddress), "legalAddress", "is required")
                .maxLength(legalAddress, 500, "legalAddress")
                .require(validUrl(privacyNoticeUrl), "privacyNoticeUrl", "must be an absolute http or https URL")
                .maxLength(privacyNoticeUrl, 2000, "privacyNoticeUrl");
        // BRN-1: a breach report names the contact of the person responsible for organising processing.
        in.require(responsible != null, "responsible", "is required: the person responsible for organising personal-data processing");
        if (responsible != null) {
            in.require(Inputs.present(responsible.name()), "responsible.name", "is required")
                    .maxLength(responsible.name(), 300, "responsible.name")
                    .require(Inputs.present(responsible.email()) || Inputs.present(responsible.phone()), "responsible",
                            "needs an e-mail or a phone")
                    .require(!Inputs.present(responsible.email()) || responsible.email().matches(EMAIL), "responsible.email",
                            "must be an e-mail address")
                    .maxLength(responsible.email(), 320, "responsible.email")
                    .require(!Inputs.present(responsible.phone()) || responsible.phone().matches(PHONE), "responsible.phone",
                            "must be a phone number: digits, spaces, brackets and '-', optionally after '+'");
        }
        in.throwIfAny();
        return new OperatorDetails(trimmed(name), trimmed(description), legalAddress.strip(),
                new ResponsiblePerson(responsible.name().strip(), blankToNull(responsible.email()), blankToNull(responsible.phone())),
                privacyNoticeUrl.strip());
    }

    private static Trilingual trimmed(Trilingual t) {
        return new Trilingual(t.kk().strip(), t.ru().strip(), t.en().strip());
    }

    private static String blankToNull(String s) {
        return Inputs.present(s) ? s.strip() : null;
    }

    private static boolean validUrl(String value) {
        if (!Inputs.present(value)) {
            return false;
        }
        try {
            URI uri = new URI(value.strip());
            return uri.isAbsolute() && ("https".equalsIgnoreCase(uri.getScheme()) || "http".equalsIgnoreCase(uri.getScheme()))
                    && uri.getHost() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
