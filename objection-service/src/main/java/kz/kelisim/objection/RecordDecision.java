package kz.kelisim.objection;

import java.time.Instant;

/**
 * An operator's request to record an automated decision about a subject, already checked for shape.
 */
public record RecordDecision(String operatorId, String activityCode, String subjectIin, String outcome,
                             Instant decidedAt, String idempotencyKey) {

    public String fingerprint() {
        return Fingerprint.of(activityCode, subjectIin, outcome, decidedAt);
    }
}
