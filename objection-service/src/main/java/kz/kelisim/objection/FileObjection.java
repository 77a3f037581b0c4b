package kz.kelisim.objection;

import java.time.Instant;
import java.util.UUID;
import kz.kelisim.contracts.deadline.ReceiptChannel;

/**
 * A subject's objection as asked (PDL-19-1.2): to an activity as a whole, or to one decision.
 *
 * @param activityId set when objecting to the activity as a whole
 * @param decisionId set when objecting to one decision
 * @param channel    SELF_SERVICE when the subject files it in Kelisim; otherwise how it reached the operator
 * @param receivedAt when it reached the operator by another channel; null when filed in Kelisim (received now)
 * @param evidence   where the original of one received by another channel is kept
 */
public record FileObjection(String subjectIin, UUID activityId, UUID decisionId, Remedy remedy, String reason,
                            String idempotencyKey, ReceiptChannel channel, Instant receivedAt, String evidence) {

    /** An objection the subject files in Kelisim. */
    public FileObjection(String subjectIin, UUID activityId, UUID decisionId, Remedy remedy, String reason,
                         String idempotencyKey) {
        this(subjectIin, activityId, decisionId, remedy, reason, idempotencyKey, ReceiptChannel.SELF_SERVICE, null, null);
    }

    public String fingerprint() {
        return channel == ReceiptChannel.SELF_SERVICE ? Fingerprint.of(activityId, decisionId, remedy, reason)
                : Fingerprint.of(activityId, decisionId, remedy, reason, subjectIin, channel, receivedAt, evidence);
    }
}
