package kz.kelisim.objection.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.UUID;
import kz.kelisim.kit.deadline.Countdown;
import kz.kelisim.kit.deadline.DeadlineKind;
import kz.kelisim.kit.deadline.Deadlines;
import kz.kelisim.kit.deadline.TrackedDeadline;

/**
 * The three-working-day review deadline of objections (PDL-19-1.3), on the kit's deadline engine,
 * which breaches overdue ones exactly once and reports them on objection-events.
 */
@ApplicationScoped
public class ReviewDeadlines {

    private final Deadlines deadlines;
    private final Countdown countdown;

    public ReviewDeadlines(Deadlines deadlines, Countdown countdown) {
        this.deadlines = deadlines;
        this.countdown = countdown;
    }

    /** Opens the deadline inside the caller's transaction; it is owed by the operator. */
    public TrackedDeadline open(String operatorId, String subjectRef, UUID objectionId, Instant receivedAt) {
        return deadlines.open(DeadlineKind.OBJECTION_REVIEW, operatorId, subjectRef, objectionId, receivedAt);
    }

    public TrackedDeadline get(UUID id) {
        return deadlines.get(id);
    }

    /** Working days left of the review term (PDL-19-1.3), counted as every countdown of the suite is. */
    public int workingDaysLeft(Instant receivedAt, Instant dueAt) {
        return countdown.workingDaysLeft(receivedAt, dueAt);
    }
}
