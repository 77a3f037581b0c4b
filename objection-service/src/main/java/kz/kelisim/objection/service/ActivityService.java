package kz.kelisim.objection.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import kz.kelisim.kit.audit.AuditLog;
import kz.kelisim.kit.idempotency.IdempotencyKey;
import kz.kelisim.kit.outbox.Outbox;
import kz.kelisim.kit.problem.ConflictException;
import kz.kelisim.kit.problem.ResourceNotFoundException;
import kz.kelisim.objection.ActivityDraft;
import kz.kelisim.objection.ProcessingActivity;
import kz.kelisim.objection.repository.ActivityRepository;

/**
 * Writes versions of processing activities and publishes them with their event in one transaction.
 */
@ApplicationScoped
public class ActivityService {

    private final ActivityRepository activities;
    private final Outbox outbox;
    private final AuditLog audit;
    private final Clock clock;

    public ActivityService(ActivityRepository activities, Outbox outbox, AuditLog audit, Clock clock) {
        this.activities = activities;
        this.outbox = outbox;
        this.audit = audit;
        this.clock = clock;
    }

    /** A written draft, and whether this call wrote it or replayed a retry. */
    public record Written(ProcessingActivity activity, boolean created) {
    }

    /** Writes the next version of the code as a DRAFT, once per Idempotency-Key. */
    @Transactional
    public Written write(ActivityDraft draft) {
        Optional<ProcessingActivity> earlier = IdempotencyKey.replayOrRefuse(draft.idempotencyKey(),
                activities.findByIdempotencyKey(draft.operatorId(), draft.idempotencyKey()), a -> a.sameRequestAs(draft));
        if (earlier.isPresent()) {
            return new Written(earlier.get(), false);
        }
        int version = activities.latestVersion(draft.operatorId(), draft.code()) + 1;
        ProcessingActivity activity = ProcessingActivity.draft(draft, version, clock.instant());
        activities.persist(activity);
        audit.append(activity.createdAt(), draft.operatorId(), draft.operatorId(), activity.id(), "ACTIVITY_DRAFTED",
                draft.code() + " version " + version);
        ConcurrentWrites.flush(activities.getEntityManager(), "Activity version " + version + " of '" + draft.code() + "'");
        return new Written(activity, true);
    }

    /** Publishes a draft (PDL-19-1.2); the ACTIVE version of the same code, if older, is superseded. */
    @Transactional
    public ProcessingActivity publish(UUID id, String operatorId) {
        ProcessingActivity activity = getForOperator(id, operatorId);
        Optional<ProcessingActivity> current = activities.findActive(operatorId, activity.code());
        if (current.isPresent() && current.get().version() > activity.version()) {
            throw new ConflictException("activity-version-outdated", "A later version is already published",
                    "Version " + current.get().version() + " of '" + activity.code() + "' is published; write a new version");
        }
        current.filter(c -> !c.id().equals(activity.id())).ifPresent(c -> {
            c.supersede();
            // The partial unique index allows one ACTIVE row per code: retire the old one first.
            activities.flush();
        });
        Instant now = clock.instant();
        outbox.add(activity.publish(now));
        audit.append(now, operatorId, operatorId, activity.id(), "ACTIVITY_PUBLISHED",
                activity.code() + " version " + activity.version()
                        + current.filter(c -> !c.id().equals(activity.id())).map(c -> ", superseding version " + c.version()).orElse(""));
        ConcurrentWrites.flush(activities.getEntityManager(), "Activity '" + activity.code() + "'");
        return activity;
    }

    public ProcessingActivity getForOperator(UUID id, String operatorId) {
        return activities.findForOperator(id, operatorId).orElseThrow(() -> new ResourceNotFoundException("Activity", id));
    }

    public List<ProcessingActivity> listForOperator(String operatorId) {
        return activities.listForOperator(operatorId);
    }

    public List<ProcessingActivity> concerning(String subjectRef) {
        return activities.concerning(subjectRef);
    }
}
