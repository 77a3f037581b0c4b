package kz.kelisim.objection.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The body of {@code POST /api/v1/decisions}: one automated decision about a subject (PDL-1.2-3).
 */
public record DecisionRequest(
        @Schema(examples = "credit-scoring", description = "The code of a published activity of yours")
        @NotBlank @Size(max = 100) String activityCode,
        @Schema(examples = "851102304561", description = "The subject's IIN; its check digit is validated (ID-1)")
        @NotBlank String subjectIin,
        @Schema(examples = "Loan application refused: score 412 below 600")
        @NotBlank @Size(max = 2000) String outcome,
        @Schema(description = "When the information system made the decision") @NotNull Instant decidedAt) {
}
