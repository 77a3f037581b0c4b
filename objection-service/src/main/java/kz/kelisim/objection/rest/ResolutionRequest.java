package kz.kelisim.objection.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import kz.kelisim.objection.LocalizedText;
import kz.kelisim.objection.ObjectionStatus;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The body of {@code POST /api/v1/objections/{id}/resolution} (PDL-19-1.3).
 */
public record ResolutionRequest(
        @Schema(description = "UPHELD or REJECTED") @NotNull ObjectionStatus outcome,
        @Schema(description = "For UPHELD: what was done, in kk and ru (en optional)") LocalizedText actionTaken,
        @Schema(description = "For REJECTED: the reasons, in kk and ru (en optional)") LocalizedText reasons,
        @Schema(description = "The person who considered the objection") @NotBlank @Size(max = 200) String reviewedBy) {
}
