package kz.kelisim.consent.rest;

import java.time.Instant;
import kz.kelisim.consent.service.RevocationService;
import kz.kelisim.contracts.deadline.ReceiptChannel;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The body of {@code POST /api/v1/consents/{id}/revocation}: a revocation the operator received outside
 * Kelisim, entered by its staff.
 */
@Schema(example = "{\"receivedAt\":\"2026-11-30T05:12:00Z\",\"channel\":\"PAPER\",\"revokedBy\":\"900515401230\","
        + "\"evidence\":\"Letter No. 2026/4471, scanned to case file CF-118\"}")
public record ReceivedRevocationRequest(
        @Schema(description = "When the operator received it; not in the future and at most 30 days ago. "
                + "The 15 working days count from here (PDL-8.7)") Instant receivedAt,
        @Schema(description = "PAPER, EMAIL or BRANCH") ReceiptChannel channel,
        @Schema(description = "The IIN of who revoked: the subject, or the legal representative recorded on the consent")
        String revokedBy,
        @Schema(description = "Where the original is kept, for the subject and the regulator (at most 2000 characters)")
        String evidence) {

    /** Checks the form of every field (400); whether the IIN may revoke is the consent's rule (422). */
    RevocationService.ReceivedRevocation toCommand() {
        Inputs in = new Inputs()
                .require(receivedAt != null, "receivedAt", "is required: when the operator received the revocation")
                .require(channel != null && channel != ReceiptChannel.SELF_SERVICE, "channel",
                        "must be PAPER, EMAIL or BRANCH: a revocation filed in Kelisim is filed by the subject")
                .require(Inputs.present(evidence), "evidence", "is required: where the original is kept")
                .maxLength(evidence, 2000, "evidence");
        if (revokedBy == null) {
            in.require(false, "revokedBy", "is required: the IIN of the subject or of their legal representative");
        } else {
            in.iin(revokedBy, "revokedBy");
        }
        in.throwIfAny();
        return new RevocationService.ReceivedRevocation(receivedAt, channel, revokedBy, evidence);
    }
}
