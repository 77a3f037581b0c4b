package kz.kelisim.objection.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import kz.kelisim.objection.BasisKind;
import kz.kelisim.objection.LocalizedText;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The body of {@code POST /api/v1/processing-activities}: one version of an activity and its
 * explanation (PDL-19-1.2). Texts may be incomplete in a draft; publishing needs Kazakh and Russian.
 */
public record ActivityRequest(
        @Schema(examples = "credit-scoring", description = "Stable code; writing the same code again makes a new version")
        @NotBlank @Size(max = 100) @Pattern(regexp = "[a-z0-9][a-z0-9._-]*", message = "must be lowercase letters, digits, '.', '_' or '-'")
        String code,
        @NotBlank @Size(max = 300) String name,
        @Schema(description = "How the automated processing works, in plain words (PDL-19-1.2)") LocalizedText procedure,
        @Schema(description = "Its possible consequences for the subject (PDL-19-1.2)") LocalizedText consequences,
        @Schema(description = "Whether its result creates, changes or ends the subject's rights or legitimate interests (PDL-19-1.1)")
        @NotNull Boolean legalEffect,
        @NotNull @Valid Basis legalBasis,
        @Schema(description = "Whether an AI system takes part and, if so, its possible risks and conditions of safe use (CPL-27.6)")
        @NotNull @Valid AiComponents aiComponents,
        @Schema(description = "How the subject can object (PDL-19-1.2)") LocalizedText howToObject,
        @Schema(description = "How the subject can protect their rights, for example an appeal to the regulator, with contacts")
        LocalizedText howToProtectRights) {

    /** CONSENT with the purpose code relied on, or LAW with a reference to the act (PDL-19-1.1). */
    public record Basis(@NotNull BasisKind kind,
                        @Size(max = 100) @Pattern(regexp = "[a-z0-9][a-z0-9._-]*", message = "must be lowercase letters, digits, '.', '_' or '-'")
                        String purposeCode,
                        @Size(max = 500) String lawReference) {
    }

    /**
     * Whether an AI system takes part and, when it does, the two things CPL-27.6 requires the consumer
     * to be told, as separate texts: the possible risks and the conditions of safe use. Each needs
     * Kazakh and Russian before publishing; English is optional.
     */
    public record AiComponents(
            @NotNull Boolean used,
            @Schema(description = "The possible risks of the AI system's part in the processing (CPL-27.6); required in kk and ru when used")
            LocalizedText aiRisks,
            @Schema(description = "The conditions of safe use of the result (CPL-27.6); required in kk and ru when used")
            LocalizedText aiSafeUse) {
    }
}
