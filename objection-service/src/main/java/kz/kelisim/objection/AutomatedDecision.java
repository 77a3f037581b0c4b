package kz.kelisim.objection;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import kz.kelisim.contracts.objection.AutomatedDecisionBlocked;
import kz.kelisim.contracts.objection.DecisionRecorded;

/**
 * A decision an operator's information system made about a subject with no human taking part
 * (PDL-1.2-3). It exists only if it passed the PDL-19-1.1 check of {@link #decide}.
 */
@Entity
@Table(name = "automated_decision")
public class AutomatedDecision {

    @Id
    private UUID id;
    @Column(name = "operator_id")
    private String operatorId;
    @Column(name = "activity_id")
    private UUID activityId;
    @Column(name = "activity_code")
    private String activityCode;
    @Column(name = "subject_iin")
    private String subjectIin;
    @Column(name = "subject_ref")
    private String subjectRef;
    private String outcome;
    @Column(name = "decided_at")
    private Instant decidedAt;
    @Column(name = "recorded_at")
    private Instant recordedAt;
    @Column(name = "legal_effect")
    private boolean legalEffect;
    @Enumerated(EnumType.STRING)
    private DecisionBasis basis;
    @Column(name = "consent_id")
    private UUID consentId;
    @Column(name = "law_reference")
    private String lawReference;
    @Column(name = "reversed_at")
    private Instant reversedAt;
    @Column(name = "idempotency_key")
    private String idempotencyKey;
    @Column(name = "request_fingerprint")
    private String requestFingerprint;

    protected AutomatedDecision() {
    }

    /**
     * PDL-19-1.1: a decision whose result creates, changes or ends the subject's rights needs the
     * subject's consent or a law. With basis CONSENT, a consent for the activity's purpose must have
     * been valid at {@code decidedAt}, and its purpose must declare automated processing (a consent to a
     * purpose processed by people is no consent to a machine's decision); otherwise the decision is blocked. A standing request of the
     * subject to stop this processing blocks it too (PDL-19-1.2). A decision dated before its activity was
     * published, that is before the subject could be told how it works, is blocked whatever its effect
     * (PDL-19-1.2), and so cannot be backdated past a revocation (PDL-19-1.1).
     *
     * @param consent        a consent of the subject for the activity's purpose, valid at the decision's moment
     * @param stopRequested  true while the subject's objection asking to stop is open or was upheld
     */
    public static DecisionOutcome decide(ProcessingActivity activity, RecordDecision command, String subjectRef,
                                         Optional<ProjectedConsent> consent, boolean stopRequested, Instant now) {
        if (activity.publishedAt() == null || command.decidedAt().isBefore(activity.publishedAt())) {
            return blocked(activity, command, subjectRef, DecisionOutcome.BlockReason.DECIDED_BEFORE_PUBLICATION, now);
        }
        if (activity.legalEffect()) {
            if (stopRequested) {
                return blocked(activity, command, subjectRef, DecisionOutcome.BlockReason.OBJECTION_PENDING, now);
            }
            if (activity.basis().kind() == BasisKind.CONSENT && consent.isEmpty()) {
                return blocked(activity, command, subjectRef, DecisionOutcome.BlockReason.NO_LAWFUL_BASIS, now);
            }
            if (activity.basis().kind() == BasisKind.CONSENT && !consent.get().automatedProcessing()) {
                return blocked(activity, command, subjectRef,
                        DecisionOutcome.BlockReason.CONSENT_WITHOUT_AUTOMATED_PROCESSING, now);
            }
        }
        AutomatedDecision d = new AutomatedDecision();
        d.id = UUID.randomUUID();
        d.operatorId = command.operatorId();
        d.activityId = activity.id();
        d.activityCode = activity.code();
        d.subjectIin = command.subjectIin();
        d.subjectRef = subjectRef;
        d.outcome = command.outcome();
        d.decidedAt = command.decidedAt();
        d.recordedAt = now;
        d.legalEffect = activity.legalEffect();
        if (!activity.legalEffect()) {
            d.basis = DecisionBasis.NONE_NEEDED;
        } else if (activity.basis().kind() == BasisKind.LAW) {
            d.basis = DecisionBasis.LAW;
            d.lawReference = activity.basis().lawReference();
        } else {
            d.basis = DecisionBasis.CONSENT;
            d.consentId = consent.get().consentId();
        }
        d.idempotencyKey = command.idempotencyKey();
        d.requestFingerprint = command.fingerprint();
        return new DecisionOutcome.Recorded(d, new DecisionRecorded(UUID.randomUUID(), now, subjectRef, d.id,
                d.operatorId, d.activityId, d.activityCode, d.legalEffect, d.basis.name(), d.consentId, d.decidedAt));
    }

    private static DecisionOutcome blocked(ProcessingActivity activity, RecordDecision command, String subjectRef,
                                           DecisionOutcome.BlockReason reason, Instant now) {
        return new DecisionOutcome.Blocked(new AutomatedDecisionBlocked(UUID.randomUUID(), now, subjectRef,
                command.operatorId(), activity.id(), activity.code(), activity.basis().purposeCode(), reason.name(),
                command.decidedAt()), reason);
    }

    /** The operator reversed the decision after upholding an objection that asked for it. */
    public void reverse(Instant at) {
        if (reversedAt == null) {
            reversedAt = at;
        }
    }

    public boolean sameRequestAs(RecordDecision command) {
        return requestFingerprint.equals(command.fingerprint());
    }

    public UUID id() {
        return id;
    }

    public String operatorId() {
        return operatorId;
    }

    public UUID activityId() {
        return activityId;
    }

    public String activityCode() {
        return activityCode;
    }

    public String subjectIin() {
        return subjectIin;
    }

    public String subjectRef() {
        return subjectRef;
    }

    public String outcome() {
        return outcome;
    }

    public Instant decidedAt() {
        return decidedAt;
    }

    public Instant recordedAt() {
        return recordedAt;
    }

    public boolean legalEffect() {
        return legalEffect;
    }

    public DecisionBasis basis() {
        return basis;
    }

    public UUID consentId() {
        return consentId;
    }

    public String lawReference() {
        return lawReference;
    }

    public Instant reversedAt() {
        return reversedAt;
    }
}
