package kz.kelisim.objection;

import java.util.UUID;

/**
 * A subject's objection as asked (PDL-19-1.2): to an activity as a whole, or to one decision.
 *
 * @param activityId set when objecting to the activity as a whole
 * @param decisionId set when objecting to one decision
 */
public record FileObjection(String subjectIin, UUID activityId, UUID decisionId, Remedy remedy, String reason,
                            String idempotencyKey) {

    public String fingerprint() {
        return Fingerprint.of(activityId, decisionId, remedy, reason);
    }
}
