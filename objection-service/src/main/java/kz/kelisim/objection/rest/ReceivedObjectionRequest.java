package kz.kelisim.objection.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.UUID;
import kz.kelisim.contracts.deadline.ReceiptChannel;
import kz.kelisim.objection.Remedy;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The body of {@code POST /api/v1/objections}: an objection that reached the operator outside Kelisim,
 * entered by its staff (PDL-19-1.2, PDL-19-1.3).
 */
@Schema(example = "{\"subjectIin\":\"900515401230\",\"activityId\":\"0f8e0d6e-2b1a-4c3e-9d52-6a1f3c2b7e10\","
        + "\"remedy\":\"HUMAN_REVIEW\",\"reason\":\"My income is higher than the score assumes\","
        + "\"receivedAt\":\"2026-11-30T05:12:00Z\",\"channel\":\"BRANCH\",\"evidence\":\"Form OB-7, Almaty branch 12\"}")
public record ReceivedObjectionRequest(
        @Schema(description = "The IIN of the subject who objected") String subjectIin,
        @Schema(description = "One of the operator's published activities; omit when decisionId is given") UUID activityId,
        @Schema(description = "One of the operator's decisions about the subject") UUID decisionId,
        @NotNull Remedy remedy,
        @NotBlank @Size(max = 4000) String reason,
        @Schema(description = "When the operator received it; not in the future and at most 30 days ago. "
                + "The 3 working days count from here (PDL-19-1.3)") Instant receivedAt,
        @Schema(description = "PAPER, EMAIL or BRANCH") @NotNull ReceiptChannel channel,
        @Schema(description = "Where the original is kept") @NotBlank @Size(max = 2000) String evidence) {
}
