package kz.kelisim.objection;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import kz.kelisim.contracts.deadline.ReceiptChannel;
import kz.kelisim.contracts.objection.ObjectionAppealed;
import kz.kelisim.contracts.objection.ObjectionReceived;
import kz.kelisim.contracts.objection.ObjectionResolved;
import kz.kelisim.kit.deadline.DeadlineState;
import kz.kelisim.kit.deadline.TrackedDeadline;
import kz.kelisim.kit.domain.Rejection;

/**
 * A subject's objection to an automated-processing activity or to one decision (PDL-19-1.2), which
 * the operator must consider within three working days of receipt, telling the subject the result;
 * the subject may then appeal (PDL-19-1.3).
 */
@Entity
@Table(name = "objection")
public class Objection {

    @Id
    private UUID id;
    @Column(name = "operator_id")
    private String operatorId;
    @Column(name = "subject_iin")
    private String subjectIin;
    @Column(name = "subject_ref")
    private String subjectRef;
    @Column(name = "activity_id")
    private UUID activityId;
    @Column(name = "activity_code")
    private String activityCode;
    @Column(name = "decision_id")
    private UUID decisionId;
    @Enumerated(EnumType.STRING)
    private Remedy remedy;
    private String reason;
    @Column(name = "received_at")
    private Instant receivedAt;
    @Column(name = "deadline_id")
    private UUID deadlineId;
    @Column(name = "due_at")
    private Instant dueAt;
    @Enumerated(EnumType.STRING)
    private ObjectionStatus status;
    @Column(name = "resolved_at")
    private Instant resolvedAt;
    @Column(name = "reviewed_by")
    private String reviewedBy;
    @Column(name = "resolved_by_account")
    private String resolvedByAccount;
    @Embedded
    @AttributeOverride(name = "kk", column = @Column(name = "explanation_kk"))
    @AttributeOverride(name = "ru", column = @Column(name = "explanation_ru"))
    @AttributeOverride(name = "en", column = @Column(name = "explanation_en"))
    private LocalizedText explanation;
    @Column(name = "idempotency_key")
    private String idempotencyKey;
    @Column(name = "request_fingerprint")
    private String requestFingerprint;
    @Enumerated(EnumType.STRING)
    private ReceiptChannel channel;
    private String evidence;
    @Version
    private long version;

    protected Objection() {
    }

    /** A new objection's identity, known before its deadline is opened so the deadline can point to it. */
    public static UUID newId() {
        return UUID.randomUUID();
    }

    /**
     * Receives an objection at {@code receivedAt} with its review deadline already opened
     * (PDL-19-1.3), and returns it with its event.
     */
    public static Filed receive(UUID id, FileObjection command, ProcessingActivity activity, AutomatedDecision decision,
                                String subjectRef, TrackedDeadline deadline) {
        if (command.remedy() == Remedy.REVERSE_DECISION && decision == null) {
            throw Rejection.invalid("remedy", "REVERSE_DECISION needs a decisionId");
        }
        Objection o = new Objection();
        o.id = id;
        o.operatorId = activity.operatorId();
        o.subjectIin = command.subjectIin();
        o.subjectRef = subjectRef;
        o.activityId = activity.id();
        o.activityCode = activity.code();
        o.decisionId = decision == null ? null : decision.id();
        o.remedy = command.remedy();
        o.reason = command.reason();
        o.receivedAt = deadline.receivedAt();
        o.deadlineId = deadline.id();
        o.dueAt = deadline.dueAt();
        o.status = ObjectionStatus.OPEN;
        o.idempotencyKey = command.idempotencyKey();
        o.requestFingerprint = command.fingerprint();
        o.channel = command.channel();
        o.evidence = command.evidence();
        return new Filed(o, new ObjectionReceived(UUID.randomUUID(), o.receivedAt, subjectRef, id, o.operatorId,
                o.activityId, o.decisionId, o.remedy.name(), o.receivedAt, o.dueAt));
    }

    /** An objection and the event of its receipt. */
    public record Filed(Objection objection, ObjectionReceived event) {
    }

    /**
     * The operator's answer (PDL-19-1.3): closes the review deadline (MET in time, MET_LATE after
     * the due moment) and returns the event that tells the subject the result.
     */
    public ObjectionResolved resolve(Resolution resolution, TrackedDeadline deadline, Instant now) {
        if (status != ObjectionStatus.OPEN) {
            throw Rejection.conflict("objection-already-resolved", "The objection was already considered",
                    "Objection " + id + " is " + status);
        }
        if (resolution.outcome() == ObjectionStatus.OPEN || resolution.outcome() == null) {
            throw Rejection.invalid("outcome", "must be UPHELD or REJECTED");
        }
        String field = resolution.outcome() == ObjectionStatus.UPHELD ? "actionTaken" : "reasons";
        List<String> missing = LocalizedText.missingRequired(field, resolution.explanation());
        if (!missing.isEmpty()) {
            // The subject must be able to read the result in Kazakh and Russian (LAW.md "Languages").
            throw Rejection.invalid(String.join(", ", missing) + " required: the subject reads the result",
                    missing.stream().map(f -> new Rejection.Field(f, "is required")).toList());
        }
        DeadlineState review = deadline.answer(now);
        status = resolution.outcome();
        explanation = resolution.explanation();
        reviewedBy = resolution.reviewedBy();
        resolvedByAccount = resolution.account();
        resolvedAt = now;
        return new ObjectionResolved(UUID.randomUUID(), now, subjectRef, id, operatorId, status.name(),
                explanation.kk(), explanation.ru(), explanation.en(), now, review.name());
    }

    /**
     * The subject appeals to the regulator (PDL-19-1.3): allowed once the operator answered, or once
     * its review deadline was breached without an answer.
     */
    public Appeal.Lodged appeal(String grounds, DeadlineState review, Instant now) {
        // PDL-19-1.3: silence past the term may be appealed at once, whether or not the scan has marked it yet.
        if (status == ObjectionStatus.OPEN && review != DeadlineState.BREACHED && now.isBefore(dueAt)) {
            throw Rejection.conflict("pdl-19-1-3-appeal-too-early", "Nothing to appeal yet",
                    "The operator may still consider objection " + id + " until " + dueAt
                            + "; an appeal is possible after its answer or after that moment");
        }
        Appeal appeal = Appeal.lodge(this, grounds, now);
        return new Appeal.Lodged(appeal, new ObjectionAppealed(UUID.randomUUID(), now, subjectRef, appeal.id(), id,
                operatorId, now));
    }

    /** True when this objection, open or upheld, asks the operator to stop the automated processing. */
    public boolean stopsProcessing() {
        return remedy == Remedy.STOP_PROCESSING && status != ObjectionStatus.REJECTED;
    }

    public boolean sameRequestAs(FileObjection command) {
        return requestFingerprint.equals(command.fingerprint());
    }

    public UUID id() {
        return id;
    }

    public String operatorId() {
        return operatorId;
    }

    public String subjectIin() {
        return subjectIin;
    }

    public String subjectRef() {
        return subjectRef;
    }

    public UUID activityId() {
        return activityId;
    }

    public String activityCode() {
        return activityCode;
    }

    public UUID decisionId() {
        return decisionId;
    }

    public Remedy remedy() {
        return remedy;
    }

    /** How the objection reached the operator (PDL-19-1.3: its term counts from that receipt). */
    public ReceiptChannel channel() {
        return channel == null ? ReceiptChannel.SELF_SERVICE : channel;
    }

    public String evidence() {
        return evidence;
    }

    public String reason() {
        return reason;
    }

    public Instant receivedAt() {
        return receivedAt;
    }

    public UUID deadlineId() {
        return deadlineId;
    }

    public Instant dueAt() {
        return dueAt;
    }

    public ObjectionStatus status() {
        return status;
    }

    public Instant resolvedAt() {
        return resolvedAt;
    }

    public String reviewedBy() {
        return reviewedBy;
    }

    public LocalizedText explanation() {
        return explanation;
    }
}
