package kz.kelisim.consent.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import kz.kelisim.consent.Consent;
import kz.kelisim.consent.ConsentStatus;
import kz.kelisim.consent.LocalizedText;
import kz.kelisim.consent.ObligationStatus;
import kz.kelisim.consent.Purpose;
import kz.kelisim.consent.StopObligation;
import kz.kelisim.consent.repository.ConsentRepository;
import kz.kelisim.consent.repository.ObligationRepository;
import kz.kelisim.consent.repository.PurposeRepository;
import kz.kelisim.contracts.deadline.ReceiptChannel;
import kz.kelisim.contracts.legal.LegalAct;
import kz.kelisim.contracts.legal.LegalCitation;
import kz.kelisim.kit.audit.AuditLog;
import kz.kelisim.kit.deadline.DeadlineKind;
import kz.kelisim.kit.deadline.Deadlines;
import kz.kelisim.kit.deadline.ReceivedAt;
import kz.kelisim.kit.deadline.TrackedDeadline;
import kz.kelisim.kit.outbox.Outbox;
import kz.kelisim.kit.problem.ResourceNotFoundException;

/**
 * PDL-8.7: takes a revocation from the subject or their legal representative, opens one stop
 * obligation and deadline per party, and records each party's answer.
 */
@ApplicationScoped
public class RevocationService {

    private final ConsentRepository consents;
    private final PurposeRepository purposes;
    private final ObligationRepository obligations;
    private final Deadlines deadlines;
    private final Outbox outbox;
    private final AuditLog audit;
    private final Clock clock;

    public RevocationService(ConsentRepository consents, PurposeRepository purposes, ObligationRepository obligations,
                             Deadlines deadlines, Outbox outbox, AuditLog audit, Clock clock) {
        this.consents = consents;
        this.purposes = purposes;
        this.obligations = obligations;
        this.deadlines = deadlines;
        this.outbox = outbox;
        this.audit = audit;
        this.clock = clock;
    }

    /** The obligations of a revocation, and whether this call made it (false for a repeated call). */
    public record Revocation(Consent consent, List<StopObligation> obligations, boolean created) {
    }

    /** The subject or their legal representative revokes in Kelisim, now. */
    @Transactional
    public Revocation revoke(UUID consentId, String callerIin) {
        Consent consent = consents.findForSubject(consentId, callerIin)
                .orElseThrow(() -> new ResourceNotFoundException("Consent", consentId));
        Instant now = clock.instant();
        return revokeLocked(consent, callerIin, now, ReceiptChannel.SELF_SERVICE, null,
                consent.subjectIin().equals(callerIin) ? "subject" : "representative", now);
    }

    /** A revocation the operator received on paper, by e-mail or at a branch at {@code receivedAt}. */
    public record ReceivedRevocation(Instant receivedAt, ReceiptChannel channel, String revokedBy, String evidence) {
    }

    /**
     * PDL-8.7: the operator's staff enter a revocation received outside Kelisim, with its real time of
     * receipt: every party's 15 working days run from that moment, not from the entry. The subject is
     * told as for a revocation filed in Kelisim.
     */
    @Transactional
    public Revocation recordReceived(UUID consentId, String operatorId, ReceivedRevocation received) {
        Consent consent = consents.findForOperator(consentId, operatorId)
                .orElseThrow(() -> new ResourceNotFoundException("Consent", consentId));
        Instant now = clock.instant();
        return revokeLocked(consent, received.revokedBy(), ReceivedAt.check(received.receivedAt(), now), received.channel(),
                received.evidence(), operatorId, now);
    }

    private Revocation revokeLocked(Consent consent, String byIin, Instant receivedAt, ReceiptChannel channel,
                                    String evidence, String actor, Instant now) {
        // Two revocations of one consent at once must not both open obligations: lock and re-read.
        consents.getEntityManager().refresh(consent, LockModeType.PESSIMISTIC_WRITE);
        if (consent.statusAt(now) == ConsentStatus.REVOKED) {
            return new Revocation(consent, obligations.forConsent(consent.id()), false);
        }
        Purpose purpose = consent.purposeId() == null ? null : purposes.findById(consent.purposeId());
        List<String> recipients = purpose == null ? List.of() : purpose.definition().recipients();
        List<StopObligation> owed = consent.revoke(byIin, receivedAt, recipients, channel, evidence);
        for (StopObligation obligation : owed) {
            obligations.persist(obligation);
            obligation.track(deadlines.open(DeadlineKind.STOP_PROCESSING, obligation.partyId(), consent.subjectRef(),
                    obligation.id(), receivedAt));
        }
        outbox.add(consent.revoked(owed));
        String how = channel == ReceiptChannel.SELF_SERVICE ? ""
                : "received " + channel + " at " + receivedAt + (evidence == null ? "" : " (" + evidence + ")") + "; ";
        audit.append(now, actor, consent.operatorId(), consent.id(), "REVOKED",
                how + "stop obligations for " + owed.stream().map(StopObligation::partyId).toList()
                        + ", due " + owed.get(0).dueAt());
        return new Revocation(consent, owed, true);
    }

    @Transactional
    public StopObligation confirmStop(UUID id, String partyId, Instant stoppedAt, String evidence) {
        StopObligation obligation = lockedForParty(id, partyId);
        Instant now = clock.instant();
        outbox.add(obligation.confirmStop(now, stoppedAt, evidence, deadlineOf(obligation)));
        audit.append(now, partyId, obligation.operatorId(), obligation.consentId(), "STOP_CONFIRMED",
                "party " + partyId + " stopped at " + stoppedAt + ": " + obligation.outcome());
        return obligation;
    }

    /** PDL-8.7: the party's reasoned refusal, under the legislation it cites; {@link StopObligation#refuse} decides. */
    @Transactional
    public StopObligation refuse(UUID id, String partyId, LegalAct act, LocalizedText reasons) {
        StopObligation obligation = lockedForParty(id, partyId);
        Instant now = clock.instant();
        outbox.add(obligation.refuse(now, act, reasons, deadlineOf(obligation)));
        audit.append(now, partyId, obligation.operatorId(), obligation.consentId(), "STOP_REFUSED",
                "party " + partyId + " refused under " + LegalCitation.of(act, "en") + ": " + obligation.outcome());
        return obligation;
    }

    public StopObligation forParty(UUID id, String partyId) {
        return obligations.findForParty(id, partyId).orElseThrow(() -> new ResourceNotFoundException("Obligation", id));
    }

    /** The party's obligation, locked and re-read, so two answers at once cannot both be recorded. */
    private StopObligation lockedForParty(UUID id, String partyId) {
        StopObligation obligation = forParty(id, partyId);
        obligations.getEntityManager().refresh(obligation, LockModeType.PESSIMISTIC_WRITE);
        return obligation;
    }

    public List<StopObligation> listForParty(String partyId, ObligationStatus status) {
        return obligations.listForParty(partyId, status);
    }

    public List<StopObligation> forConsent(UUID consentId) {
        return obligations.forConsent(consentId);
    }

    public TrackedDeadline deadlineOf(StopObligation obligation) {
        return deadlines.get(obligation.deadlineId());
    }

    public Instant now() {
        return clock.instant();
    }
}
