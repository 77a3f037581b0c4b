package kz.kelisim.objection.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import kz.kelisim.contracts.deadline.ReceiptChannel;
import kz.kelisim.kit.audit.AuditLog;
import kz.kelisim.kit.deadline.DeadlineState;
import kz.kelisim.kit.deadline.ReceivedAt;
import kz.kelisim.kit.idempotency.IdempotencyKey;
import kz.kelisim.kit.outbox.Outbox;
import kz.kelisim.kit.problem.ConflictException;
import kz.kelisim.kit.problem.InvalidInputException;
import kz.kelisim.kit.problem.ResourceNotFoundException;
import kz.kelisim.objection.ActivityStatus;
import kz.kelisim.objection.Appeal;
import kz.kelisim.objection.AutomatedDecision;
import kz.kelisim.objection.FileObjection;
import kz.kelisim.objection.Objection;
import kz.kelisim.objection.ObjectionStatus;
import kz.kelisim.objection.ProcessingActivity;
import kz.kelisim.objection.Remedy;
import kz.kelisim.objection.Resolution;
import kz.kelisim.objection.repository.ActivityRepository;
import kz.kelisim.objection.repository.AppealRepository;
import kz.kelisim.objection.repository.DecisionRepository;
import kz.kelisim.objection.repository.ObjectionRepository;

/**
 * Receives subjects' objections with their review deadline, lets operators answer them and subjects
 * appeal, each change with its event in one transaction (PDL-19-1.2, PDL-19-1.3).
 */
@ApplicationScoped
public class ObjectionService {

    private final ObjectionRepository objections;
    private final ActivityRepository activities;
    private final DecisionRepository decisions;
    private final AppealRepository appeals;
    private final ReviewDeadlines deadlines;
    private final Outbox outbox;
    private final AuditLog audit;
    private final Clock clock;

    public ObjectionService(ObjectionRepository objections, ActivityRepository activities, DecisionRepository decisions,
                            AppealRepository appeals, ReviewDeadlines deadlines, Outbox outbox, AuditLog audit, Clock clock) {
        this.objections = objections;
        this.activities = activities;
        this.decisions = decisions;
        this.appeals = appeals;
        this.deadlines = deadlines;
        this.outbox = outbox;
        this.audit = audit;
        this.clock = clock;
    }

    /** A filed objection, and whether this call filed it or replayed a retry. */
    public record Filed(Objection objection, boolean created) {
    }

    /**
     * Files an objection to one of the subject's decisions, or to a published activity that concerns
     * the subject; the receipt time starts the three-working-day review (PDL-19-1.3).
     */
    @Transactional
    public Filed file(FileObjection command, String subjectRef) {
        Optional<Objection> earlier = IdempotencyKey.replayOrRefuse(command.idempotencyKey(),
                objections.findByIdempotencyKey(subjectRef, command.idempotencyKey()), o -> o.sameRequestAs(command));
        if (earlier.isPresent()) {
            return new Filed(earlier.get(), false);
        }
        AutomatedDecision decision = null;
        ProcessingActivity activity;
        if (command.decisionId() != null) {
            decision = decisions.findForSubject(command.decisionId(), subjectRef)
                    .orElseThrow(() -> new ResourceNotFoundException("Decision", command.decisionId()));
            activity = activities.findById(decision.activityId());
            if (command.activityId() != null && !command.activityId().equals(activity.id())) {
                throw InvalidInputException.field("activityId", "is not the activity of that decision");
            }
        } else {
            activity = activities.openToObjection(command.activityId(), subjectRef)
                    .orElseThrow(() -> new ResourceNotFoundException("Activity", command.activityId()));
        }
        return receive(command, subjectRef, activity, decision, clock.instant(), "subject");
    }

    /**
     * PDL-19-1.2, PDL-19-1.3: the operator's staff enter an objection that reached the operator on paper, by
     * e-mail or at a branch, with its real time of receipt, from which the three working days run. It
     * concerns one of the operator's own activities or decisions; the subject then reads it and is told as
     * if they had filed it in Kelisim. The key is the operator's, kept apart from the subject's own keys.
     */
    @Transactional
    public Filed recordReceived(FileObjection command, String operatorId, String subjectRef) {
        FileObjection keyed = new FileObjection(command.subjectIin(), command.activityId(), command.decisionId(),
                command.remedy(), command.reason(), "operator:" + operatorId + ":" + command.idempotencyKey(),
                command.channel(), command.receivedAt(), command.evidence());
        Optional<Objection> earlier = IdempotencyKey.replayOrRefuse(command.idempotencyKey(),
                objections.findByIdempotencyKey(subjectRef, keyed.idempotencyKey()), o -> o.sameRequestAs(keyed));
        if (earlier.isPresent()) {
            return new Filed(earlier.get(), false);
        }
        Instant receivedAt = ReceivedAt.check(command.receivedAt(), clock.instant());
        AutomatedDecision decision = null;
        ProcessingActivity activity;
        if (command.decisionId() != null) {
            decision = decisions.findForOperator(command.decisionId(), operatorId)
                    .filter(d -> d.subjectRef().equals(subjectRef))
                    .orElseThrow(() -> new ResourceNotFoundException("Decision", command.decisionId()));
            activity = activities.findById(decision.activityId());
        } else {
            activity = Optional.ofNullable(command.activityId()).map(activities::findById)
                    .filter(a -> a.operatorId().equals(operatorId) && a.status() == ActivityStatus.ACTIVE)
                    .orElseThrow(() -> new ResourceNotFoundException("Activity", command.activityId()));
        }
        return receive(keyed, subjectRef, activity, decision, receivedAt, operatorId);
    }

    private Filed receive(FileObjection command, String subjectRef, ProcessingActivity activity, AutomatedDecision decision,
                          Instant receivedAt, String actor) {
        UUID id = Objection.newId();
        var deadline = deadlines.open(activity.operatorId(), subjectRef, id, receivedAt);
        Objection.Filed filed = Objection.receive(id, command, activity, decision, subjectRef, deadline);
        objections.persist(filed.objection());
        outbox.add(filed.event());
        String how = command.channel() == ReceiptChannel.SELF_SERVICE ? ""
                : "received " + command.channel() + " at " + receivedAt + " (" + command.evidence() + "), ";
        audit.append(clock.instant(), actor, activity.operatorId(), id, "OBJECTION_FILED",
                how + "activity " + activity.code() + ", remedy " + command.remedy() + ", review due " + filed.objection().dueAt());
        ConcurrentWrites.flush(objections.getEntityManager(), "The objection under Idempotency-Key '" + command.idempotencyKey() + "'");
        return new Filed(filed.objection(), true);
    }

    /** The operator's answer (PDL-19-1.3); an upheld request to reverse a decision marks it reversed. */
    @Transactional
    public ObjectionCase resolve(UUID id, String operatorId, Resolution resolution) {
        Objection objection = objections.findForOperator(id, operatorId)
                .orElseThrow(() -> new ResourceNotFoundException("Objection", id));
        Instant now = clock.instant();
        outbox.add(objection.resolve(resolution, deadlines.get(objection.deadlineId()), now));
        if (objection.status() == ObjectionStatus.UPHELD && objection.remedy() == Remedy.REVERSE_DECISION) {
            decisions.findById(objection.decisionId()).reverse(now);
        }
        audit.append(now, operatorId, operatorId, id, "OBJECTION_RESOLVED", "status " + objection.status());
        ConcurrentWrites.flush(objections.getEntityManager(), "Objection " + id);
        return caseOf(objection);
    }

    /** The subject appeals to the regulator after the answer, or after the review deadline was breached. */
    @Transactional
    public ObjectionCase appeal(UUID id, String subjectRef, String grounds) {
        Objection objection = objections.findForSubject(id, subjectRef)
                .orElseThrow(() -> new ResourceNotFoundException("Objection", id));
        if (appeals.forObjection(id).isPresent()) {
            throw new ConflictException("objection-already-appealed", "Already appealed",
                    "Objection " + id + " was already appealed");
        }
        Appeal.Lodged lodged = objection.appeal(grounds, deadlines.get(objection.deadlineId()).state(), clock.instant());
        appeals.persist(lodged.appeal());
        outbox.add(lodged.event());
        audit.append(lodged.appeal().appealedAt(), "subject", objection.operatorId(), id, "APPEAL_LODGED",
                "appeal " + lodged.appeal().id() + " to the regulator");
        ConcurrentWrites.flush(appeals.getEntityManager(), "The appeal of objection " + id);
        return caseOf(objection);
    }

    public List<ObjectionCase> queue(String operatorId, ObjectionStatus status, int limit) {
        return objections.queue(operatorId, status, limit).stream().map(this::caseOf).toList();
    }

    public ObjectionCase getForOperator(UUID id, String operatorId) {
        return caseOf(objections.findForOperator(id, operatorId).orElseThrow(() -> new ResourceNotFoundException("Objection", id)));
    }

    public ObjectionCase getForSubject(UUID id, String subjectRef) {
        return caseOf(objections.findForSubject(id, subjectRef).orElseThrow(() -> new ResourceNotFoundException("Objection", id)));
    }

    public List<ObjectionCase> listForSubject(String subjectRef) {
        return objections.listForSubject(subjectRef).stream().map(this::caseOf).toList();
    }

    ObjectionCase caseOf(Objection objection) {
        var deadline = deadlines.get(objection.deadlineId());
        boolean owed = objection.status() == ObjectionStatus.OPEN && deadline.state() == DeadlineState.OPEN;
        int left = owed ? deadlines.workingDaysLeft(objection.receivedAt(), objection.dueAt()) : 0;
        return new ObjectionCase(objection, deadline.state(), left, appeals.forObjection(objection.id()).orElse(null));
    }
}
