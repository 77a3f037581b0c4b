package kz.kelisim.consent.rest;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The body of {@code POST /api/v1/obligations/{id}/stopped}.
 */
@Schema(example = "{\"stoppedAt\":\"2026-11-26T09:00:00Z\",\"evidence\":\"Scoring profile deleted, ticket OPS-4411\"}")
public record StopRequest(
        @Schema(description = "When processing stopped; not in the future") Instant stoppedAt,
        @Schema(description = "What was done, for the subject and the regulator") String evidence) {
}
