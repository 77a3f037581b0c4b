package kz.kelisim.consent.rest;

import java.time.Instant;
import java.util.Set;
import kz.kelisim.consent.Evidence;
import kz.kelisim.consent.GrantConsent;
import kz.kelisim.consent.LegalBasis;
import kz.kelisim.consent.Representative;
import kz.kelisim.consent.TermBasis;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The body of {@code POST /api/v1/consents}, and one line of an NDJSON import.
 */
@Schema(example = """
        {"subjectIin":"900515401230","purposeCode":"loan-scoring","validUntil":"2027-06-30T19:00:00Z",
         "evidence":{"channel":"web","noticeVersion":"2026-11","language":"kk","collectedAt":"2026-11-25T08:00:00Z","method":"checkbox"}}""")
public record GrantConsentRequest(
        @Schema(examples = "900515401230", description = "The subject's IIN: birth date YYMMDD, century and sex code, check digit (ID-1); a BIN is refused")
        String subjectIin,
        @Schema(examples = "loan-scoring", description = "A purpose the operator registered (PDL-7.8)")
        String purposeCode,
        @Schema(description = "End of validity; omit for 'until the purpose is achieved' (PDL-8.6), capped by the purpose's maxValidity (PDL-8.5)")
        Instant validUntil,
        @Schema(description = "A law or contract that allows a term beyond the purpose's maximum (PDL-8.5)")
        TermBasis termBasis,
        @Schema(description = "The legal representative who gives the consent for the subject")
        Representative representative,
        Evidence evidence,
        @Schema(description = "Only in an NDJSON import: the line's idempotency key")
        String idempotencyKey) {

    static final Set<String> REPRESENTATION = Set.of("PARENT", "GUARDIAN", "TRUSTEE", "POWER_OF_ATTORNEY");
    static final Set<String> LANGUAGES = Set.of("kk", "ru", "en");

    /** Checks the form of every field and returns the command, or throws a 400 naming each bad field. */
    GrantConsent toCommand(String operatorId, String key, Instant now) {
        Inputs in = new Inputs().iin(subjectIin, "subjectIin")
                .require(purposeCode != null && purposeCode.matches(PurposeRequest.CODE_PATTERN), "purposeCode",
                        "must be 1-100 lowercase letters, digits, '.', '_' or '-'")
                .require(validUntil == null || validUntil.isAfter(now), "validUntil", "must be in the future");
        if (termBasis != null) {
            in.require(termBasis.basis() == LegalBasis.LAW || termBasis.basis() == LegalBasis.CONTRACT,
                            "termBasis.basis", "must be LAW or CONTRACT")
                    .require(Inputs.present(termBasis.reference()), "termBasis.reference", "is required")
                    .maxLength(termBasis.reference(), 500, "termBasis.reference");
        }
        if (representative != null) {
            in.iin(representative.iin(), "representative.iin")
                    .require(representative.iin() == null || !representative.iin().equals(subjectIin), "representative.iin",
                            "must differ from the subject's IIN")
                    .require(representative.basis() != null && REPRESENTATION.contains(representative.basis()),
                            "representative.basis", "must be one of " + REPRESENTATION)
                    .maxLength(representative.document(), 500, "representative.document");
        }
        if (evidence != null) {
            in.require(evidence.language() == null || LANGUAGES.contains(evidence.language()), "evidence.language",
                            "must be kk, ru or en")
                    .require(evidence.collectedAt() == null || !evidence.collectedAt().isAfter(now), "evidence.collectedAt",
                            "must not be in the future")
                    .maxLength(evidence.channel(), 100, "evidence.channel")
                    .maxLength(evidence.method(), 200, "evidence.method")
                    .maxLength(evidence.noticeVersion(), 100, "evidence.noticeVersion");
        }
        in.throwIfAny();
        return new GrantConsent(operatorId, subjectIin, purposeCode, validUntil, termBasis, representative, evidence, key);
    }
}
