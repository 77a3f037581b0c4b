package kz.kelisim.objection.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import kz.kelisim.contracts.SubjectPseudonym;
import kz.kelisim.kit.audit.AuditLog;
import kz.kelisim.kit.idempotency.IdempotencyKey;
import kz.kelisim.kit.outbox.Outbox;
import kz.kelisim.kit.problem.InvalidInputException;
import kz.kelisim.kit.problem.ProblemException;
import kz.kelisim.kit.problem.ResourceNotFoundException;
import kz.kelisim.objection.AutomatedDecision;
import kz.kelisim.objection.BasisKind;
import kz.kelisim.objection.DecisionOutcome;
import kz.kelisim.objection.Objection;
import kz.kelisim.objection.ProcessingActivity;
import kz.kelisim.objection.ProjectedConsent;
import kz.kelisim.objection.RecordDecision;
import kz.kelisim.objection.repository.ActivityRepository;
import kz.kelisim.objection.repository.DecisionRepository;
import kz.kelisim.objection.repository.ObjectionRepository;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Records automated decisions that pass the PDL-19-1.1 check, and the event of each recorded or
 * blocked attempt, in one transaction.
 */
@ApplicationScoped
public class DecisionService {

    private final DecisionRepository decisions;
    private final ActivityRepository activities;
    private final ObjectionRepository objections;
    private final ConsentProjection consents;
    private final Outbox outbox;
    private final AuditLog audit;
    private final SubjectPseudonym pseudonym;
    private final Clock clock;
    private final Duration maxAge;

    public DecisionService(DecisionRepository decisions, ActivityRepository activities, ObjectionRepository objections,
                           ConsentProjection consents, Outbox outbox, AuditLog audit, SubjectPseudonym pseudonym,
                           Clock clock,
                           @ConfigProperty(name = "kelisim.decisions.max-age", defaultValue = "5m") Duration maxAge) {
        this.decisions = decisions;
        this.activities = activities;
        this.objections = objections;
        this.consents = consents;
        this.outbox = outbox;
        this.audit = audit;
        this.pseudonym = pseudonym;
        this.clock = clock;
        this.maxAge = maxAge;
    }

    /** A recorded decision, and whether this call recorded it or replayed a retry. */
    public record Recorded(AutomatedDecision decision, boolean created) {
    }

    /**
     * Records the decision or refuses it with {@link DecisionBlockedException}; a refusal commits
     * only its AutomatedDecisionBlocked event, never the decision.
     */
    @Transactional(dontRollbackOn = DecisionBlockedException.class)
    public Recorded record(RecordDecision command) {
        Optional<AutomatedDecision> earlier = IdempotencyKey.replayOrRefuse(command.idempotencyKey(),
                decisions.findByIdempotencyKey(command.operatorId(), command.idempotencyKey()), d -> d.sameRequestAs(command));
        if (earlier.isPresent()) {
            return new Recorded(earlier.get(), false);
        }
        // PDL-19-1.1: a decision is recorded as it is made. A decidedAt far in the past could place a decision
        // made after a revocation before it, where the consent still looked valid.
        if (command.decidedAt().isBefore(clock.instant().minus(maxAge))) {
            throw InvalidInputException.field("decidedAt", "must not be more than " + maxAge.toMinutes()
                    + " minutes in the past: a decision is recorded when it is made, and checked against the consent "
                    + "as it stood then (PDL-19-1.1)");
        }
        ProcessingActivity activity = activities.findActive(command.operatorId(), command.activityCode())
                .orElseThrow(() -> new ProblemException(422, "activity-not-published", "No published activity",
                        "You have no published processing activity '" + command.activityCode()
                                + "'; a decision must cite one whose explanation subjects can read (PDL-19-1.2)"));
        String subjectRef = pseudonym.of(command.subjectIin());
        Optional<ProjectedConsent> consent = activity.basis().kind() == BasisKind.CONSENT
                ? consents.validAt(subjectRef, command.operatorId(), activity.basis().purposeCode(), command.decidedAt())
                : Optional.empty();
        boolean stopRequested = objections.stopRequests(subjectRef, command.operatorId(), activity.code()).stream()
                .anyMatch(Objection::stopsProcessing);
        DecisionOutcome outcome = AutomatedDecision.decide(activity, command, subjectRef, consent, stopRequested,
                clock.instant());
        outbox.add(outcome.event());
        if (outcome instanceof DecisionOutcome.Blocked blocked) {
            // PDL-19-1.1: the refusal is recorded as well as announced.
            audit.append(clock.instant(), command.operatorId(), command.operatorId(), activity.id(), "DECISION_BLOCKED",
                    "activity " + activity.code() + ": " + blocked.reason());
            throw DecisionBlockedException.of(blocked.reason(), activity.code(), activity.basis().purposeCode());
        }
        AutomatedDecision decision = ((DecisionOutcome.Recorded) outcome).decision();
        decisions.persist(decision);
        audit.append(decision.recordedAt(), command.operatorId(), command.operatorId(), decision.id(), "DECISION_RECORDED",
                "activity " + activity.code() + ", outcome " + decision.outcome());
        ConcurrentWrites.flush(decisions.getEntityManager(), "The decision under Idempotency-Key '" + command.idempotencyKey() + "'");
        return new Recorded(decision, true);
    }

    public AutomatedDecision getForOperator(UUID id, String operatorId) {
        return decisions.findForOperator(id, operatorId).orElseThrow(() -> new ResourceNotFoundException("Decision", id));
    }

    public List<AutomatedDecision> listForOperator(String operatorId, int limit) {
        return decisions.listForOperator(operatorId, limit);
    }

    public List<AutomatedDecision> listForSubject(String subjectRef) {
        return decisions.listForSubject(subjectRef);
    }

    public ProcessingActivity activityOf(AutomatedDecision decision) {
        return activities.findById(decision.activityId());
    }

    public Instant now() {
        return clock.instant();
    }
}
