package kz.kelisim.consent;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import kz.kelisim.contracts.consent.ConsentRevoked;
import kz.kelisim.contracts.consent.StopConfirmed;
import kz.kelisim.contracts.consent.StopRefused;
import kz.kelisim.kit.deadline.TrackedDeadline;
import kz.kelisim.kit.problem.ConflictException;

/**
 * One party's duty, after a revocation, to stop processing or give a reasoned refusal within fifteen
 * working days of receipt (PDL-8.7); its deadline is tracked by the deadline engine.
 */
@Entity
@Table(name = "stop_obligation")
public class StopObligation {

    @Id
    private UUID id;
    @Column(name = "consent_id")
    private UUID consentId;
    @Column(name = "party_id")
    private String partyId;
    @Column(name = "third_party")
    private boolean thirdParty;
    @Column(name = "operator_id")
    private String operatorId;
    @Column(name = "subject_iin")
    private String subjectIin;
    @Column(name = "subject_ref")
    private String subjectRef;
    @Column(name = "purpose_code")
    private String purposeCode;
    @Column(name = "received_at")
    private Instant receivedAt;
    @Column(name = "deadline_id")
    private UUID deadlineId;
    @Column(name = "due_at")
    private Instant dueAt;
    @Enumerated(EnumType.STRING)
    private ObligationStatus status;
    @Column(name = "answered_at")
    private Instant answeredAt;
    private String outcome;
    @Column(name = "stopped_at")
    private Instant stoppedAt;
    @Column(name = "stop_evidence")
    private String stopEvidence;
    @Column(name = "law_reference")
    private String lawReference;
    private String reasons;

    protected StopObligation() {
    }

    static StopObligation owe(Consent consent, String party, boolean thirdParty, Instant receivedAt) {
        StopObligation o = new StopObligation();
        o.id = UUID.randomUUID();
        o.consentId = consent.id();
        o.partyId = party;
        o.thirdParty = thirdParty;
        o.operatorId = consent.operatorId();
        o.subjectIin = consent.subjectIin();
        o.subjectRef = consent.subjectRef();
        o.purposeCode = consent.purposeCode();
        o.receivedAt = receivedAt;
        o.status = ObligationStatus.OPEN;
        return o;
    }

    /** Links the deadline the engine opened for this obligation. */
    public void track(TrackedDeadline deadline) {
        deadlineId = deadline.id();
        dueAt = deadline.dueAt();
    }

    /** The party stopped processing; {@code outcome} is MET or MET_LATE from the deadline. */
    public StopConfirmed confirmStop(Instant at, Instant stoppedAt, String evidence, TrackedDeadline deadline) {
        requireOpen();
        this.stoppedAt = stoppedAt;
        this.stopEvidence = evidence;
        close(ObligationStatus.STOPPED, at, deadline);
        return new StopConfirmed(UUID.randomUUID(), at, subjectRef, id, consentId, partyId, stoppedAt, dueAt, outcome);
    }

    /** PDL-8.7: a refusal stands only with the law that requires keeping the data, reasoned in kk and ru. */
    public StopRefused refuse(Instant at, String lawReference, LocalizedText reasons, TrackedDeadline deadline) {
        requireOpen();
        this.lawReference = lawReference;
        this.reasons = JsonColumn.write(reasons);
        close(ObligationStatus.REFUSED, at, deadline);
        return new StopRefused(UUID.randomUUID(), at, subjectRef, id, consentId, partyId, lawReference,
                reasons.kk(), reasons.ru(), reasons.en(), dueAt, outcome);
    }

    private void close(ObligationStatus to, Instant at, TrackedDeadline deadline) {
        status = to;
        answeredAt = at;
        outcome = deadline.answer(at).name();
    }

    private void requireOpen() {
        if (status != ObligationStatus.OPEN) {
            throw new ConflictException(409, "obligation-already-answered", "Obligation already answered",
                    "Obligation " + id + " was already answered: " + status);
        }
    }

    ConsentRevoked.Obligation asEventPart() {
        return new ConsentRevoked.Obligation(id, partyId, thirdParty, dueAt);
    }

    public UUID id() {
        return id;
    }

    public UUID consentId() {
        return consentId;
    }

    public String partyId() {
        return partyId;
    }

    public boolean thirdParty() {
        return thirdParty;
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

    public String purposeCode() {
        return purposeCode;
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

    public ObligationStatus status() {
        return status;
    }

    public Instant answeredAt() {
        return answeredAt;
    }

    public String outcome() {
        return outcome;
    }

    public Instant stoppedAt() {
        return stoppedAt;
    }

    public String stopEvidence() {
        return stopEvidence;
    }

    public String lawReference() {
        return lawReference;
    }

    public LocalizedText reasons() {
        return JsonColumn.read(reasons, LocalizedText.class);
    }
}
