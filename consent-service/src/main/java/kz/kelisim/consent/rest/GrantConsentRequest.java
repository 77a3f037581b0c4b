package kz.kelisim.consent.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The body of {@code POST /api/v1/consents}.
 */
public record GrantConsentRequest(
        @Schema(examples = "900515401230", description = "The subject's IIN; its check digit is validated (ID-1)")
        @NotBlank String subjectIin,
        @Schema(examples = "loan-scoring")
        @NotBlank @Size(max = 100) @Pattern(regexp = "[a-z0-9][a-z0-9._-]*", message = "must be lowercase letters, digits, '.', '_' or '-'")
        String purposeCode,
        @Schema(description = "End of validity; omit for 'until the purpose is achieved' (PDL-8.6)")
        Instant validUntil) {
}
