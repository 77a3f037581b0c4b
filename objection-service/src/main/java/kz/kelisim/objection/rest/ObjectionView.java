package kz.kelisim.objection.rest;

import java.time.Instant;
import java.util.UUID;
import kz.kelisim.contracts.deadline.ReceiptChannel;
import kz.kelisim.kit.deadline.DeadlineState;
import kz.kelisim.objection.LocalizedText;
import kz.kelisim.objection.Objection;
import kz.kelisim.objection.ObjectionStatus;
import kz.kelisim.objection.Remedy;
import kz.kelisim.objection.service.ObjectionCase;

/**
 * An objection with its review deadline (PDL-19-1.3): due moment, working days left, and whether it
 * was MET, MET_LATE or BREACHED; then the result and any appeal.
 *
 * @param result for UPHELD what was done, for REJECTED the reasons
 */
public record ObjectionView(UUID id, String operatorId, UUID activityId, String activityCode, UUID decisionId,
                            String subjectIin, Remedy remedy, String reason, Instant receivedAt, Instant dueAt,
                            int workingDaysLeft, DeadlineState reviewState, ObjectionStatus status,
                            Instant resolvedAt, String reviewedBy, LocalizedText result, AppealView appeal,
                            ReceiptChannel channel) {

    static ObjectionView of(ObjectionCase c) {
        Objection o = c.objection();
        return new ObjectionView(o.id(), o.operatorId(), o.activityId(), o.activityCode(), o.decisionId(),
                o.subjectIin(), o.remedy(), o.reason(), o.receivedAt(), o.dueAt(), c.workingDaysLeft(), c.reviewState(),
                o.status(), o.resolvedAt(), o.reviewedBy(), o.explanation(), AppealView.of(c.appeal()), o.channel());
    }
}
