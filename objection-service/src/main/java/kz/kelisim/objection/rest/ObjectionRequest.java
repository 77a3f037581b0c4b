package kz.kelisim.objection.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import kz.kelisim.objection.Remedy;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The body of {@code POST /api/v1/me/objections} (PDL-19-1.2): to an activity as a whole, or to one decision.
 */
public record ObjectionRequest(
        @Schema(description = "The activity objected to as a whole; omit when decisionId is given") UUID activityId,
        @Schema(description = "The decision objected to") UUID decisionId,
        @NotNull Remedy remedy,
        @NotBlank @Size(max = 4000) String reason) {
}
