package kz.kelisim.consent;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import kz.kelisim.contracts.consent.ConsentRevoked;
import kz.kelisim.contracts.consent.StopConfirmed;
import kz.kelisim.contracts.consent.StopRefused;
import kz.kelisim.contracts.legal.LegalAct;
import kz.kelisim.contracts.legal.LegalActKind;
import kz.kelisim.contracts.legal.LegalCitation;
import kz.kelisim.kit.deadline.TrackedDeadline;
import kz.kelisim.kit.domain.Rejection;

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
    /** The normative legal act a refusal cites (PDL-8.7), with its article. */
    @Enumerated(EnumType.STRING)
    @Column(name = "legal_act_kind")
    private LegalActKind legalActKind;
    @Column(name = "legal_act_number")
    private String legalActNumber;
    @Column(name = "legal_act_date")
    private LocalDate legalActDate;
    @Column(name = "legal_act_article")
    private String legalActArticle;
    /**
     * The English citation of the act, written with each refusal so that an instance of the previous
     * version (which reads only this column) still shows it during a rolling update; a later
     * migration drops it. Refusals recorded before V8 were moved into the legal_act columns.
     */
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

    /**
     * PDL-8.7: the party refuses to stop processing. The refusal stands only when it names the
     * legislation (any normative legal act) that requires keeping the data and is reasoned in kk and
     * ru ({@link RefusalRule}, 422 otherwise); an answered obligation is 409.
     */
    public StopRefused refuse(Instant at, LegalAct act, LocalizedText reasons, TrackedDeadline deadline) {
        requireOpen();
        RefusalRule.enforce(act, reasons);
        this.legalActKind = act.kind();
        this.legalActNumber = act.number();
        this.legalActDate = act.date();
        this.legalActArticle = act.article();
        this.lawReference = LegalCitation.of(act, "en");
        this.reasons = JsonColumn.write(reasons);
        close(ObligationStatus.REFUSED, at, deadline);
        return new StopRefused(UUID.randomUUID(), at, subjectRef, id, consentId, partyId, lawReference, act,
                reasons.kk(), reasons.ru(), reasons.en(), dueAt, outcome);
    }

    private void close(ObligationStatus to, Instant at, TrackedDeadline deadline) {
        status = to;
        answeredAt = at;
        outcome = deadline.answer(at).name();
    }

    private void requireOpen() {
        if (status != ObligationStatus.OPEN) {
            throw Rejection.conflict("obligation-already-answered", "Obligation already answered",
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

    /**
     * The act a refusal cites, or null before a refusal. A refusal that an instance of the previous
     * version recorded during a rolling update has only its free text, read as the article of an
     * {@link LegalActKind#OTHER_NORMATIVE_ACT} (as V8 migrated the earlier ones).
     */
    public LegalAct legalAct() {
        if (legalActKind != null) {
            return new LegalAct(legalActKind, legalActNumber, legalActDate, legalActArticle);
        }
        return lawReference == null ? null : new LegalAct(LegalActKind.OTHER_NORMATIVE_ACT, null, null, lawReference);
    }

    public LocalizedText reasons() {
        return JsonColumn.read(reasons, LocalizedText.class);
    }
}
