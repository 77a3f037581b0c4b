package kz.kelisim.consent.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import kz.kelisim.kit.audit.AuditLog;
import kz.kelisim.kit.audit.AuditEntry;
import kz.kelisim.consent.Consent;
import kz.kelisim.consent.GrantConsent;
import kz.kelisim.consent.Purpose;
import kz.kelisim.kit.audit.AuditRepository;
import kz.kelisim.consent.repository.ConsentRepository;
import kz.kelisim.consent.repository.PurposeRepository;
import kz.kelisim.contracts.SubjectPseudonym;
import kz.kelisim.kit.outbox.Outbox;
import kz.kelisim.kit.problem.ConflictException;
import kz.kelisim.kit.problem.ProblemException;
import kz.kelisim.kit.problem.ResourceNotFoundException;

/**
 * Records consents and ends them, each change with its event and audit entry in one transaction.
 */
@ApplicationScoped
public class ConsentService {

    private final ConsentRepository consents;
    private final PurposeRepository purposes;
    private final AuditRepository auditEntries;
    private final AuditLog audit;
    private final Outbox outbox;
    private final SubjectPseudonym pseudonym;
    private final Clock clock;

    public ConsentService(ConsentRepository consents, PurposeRepository purposes, AuditRepository auditEntries,
                          AuditLog audit, Outbox outbox, SubjectPseudonym pseudonym, Clock clock) {
        this.consents = consents;
        this.purposes = purposes;
        this.auditEntries = auditEntries;
        this.audit = audit;
        this.outbox = outbox;
        this.pseudonym = pseudonym;
        this.clock = clock;
    }

    /** The outcome of a grant: the consent, and whether this call created it or replayed a retry. */
    public record GrantOutcome(Consent consent, boolean created) {
    }

    /**
     * Records a consent once per Idempotency-Key under the purpose's current version: a retry of the
     * same request returns the first result, and the key reused for a different request is refused.
     * Every refusal is decided before anything is written, so a refusal leaves a surrounding
     * transaction (an import chunk) usable for the lines after it.
     */
    @Transactional(dontRollbackOn = ProblemException.class)
    public GrantOutcome grant(GrantConsent command) {
        Optional<Consent> earlier = consents.findByIdempotencyKey(command.operatorId(), command.idempotencyKey());
        if (earlier.isPresent()) {
            if (!earlier.get().sameRequestAs(command)) {
                throw ConflictException.idempotencyKeyReused(command.idempotencyKey());
            }
            return new GrantOutcome(earlier.get(), false);
        }
        // PDL-7.8: consent is collected only for a specific purpose registered beforehand.
        Purpose purpose = purposes.current(command.operatorId(), command.purposeCode()).orElseThrow(() ->
                new ProblemException(422, "pdl-7-8-purpose-not-registered", "Purpose not registered (PDL-7.8)",
                        "Register purpose '" + command.purposeCode() + "' with POST /api/v1/purposes before recording consents for it"));
        Instant now = clock.instant();
        Consent.Granted granted = Consent.grant(command, purpose, pseudonym.of(command.subjectIin()), now);
        consents.persist(granted.consent());
        outbox.add(granted.event());
        audit.append(now, command.operatorId(), command.operatorId(), granted.consent().id(), "GRANTED",
                "purpose " + purpose.code() + " version " + purpose.version()
                        + (granted.consent().validUntil() == null ? ", until the purpose is achieved" : ", valid until " + granted.consent().validUntil()));
        return new GrantOutcome(granted.consent(), true);
    }

    /** PDL-8.6: the operator declares one consent's purpose achieved. */
    @Transactional
    public Consent achievePurpose(UUID id, String operatorId) {
        Consent consent = getForOperator(id, operatorId);
        Instant now = clock.instant();
        outbox.add(consent.achievePurpose(now));
        audit.append(now, operatorId, operatorId, id, "PURPOSE_ACHIEVED", "purpose " + consent.purposeCode() + " achieved");
        return consent;
    }

    public Consent getForOperator(UUID id, String operatorId) {
        return consents.findForOperator(id, operatorId).orElseThrow(() -> new ResourceNotFoundException("Consent", id));
    }

    public Consent getForSubject(UUID id, String iin) {
        return consents.findForSubject(id, iin).orElseThrow(() -> new ResourceNotFoundException("Consent", id));
    }

    public List<Consent> listForSubject(String subjectIin) {
        return consents.listForSubject(subjectIin);
    }

    public List<AuditEntry> history(UUID consentId) {
        return auditEntries.forAggregate(consentId);
    }

    public Purpose purposeOf(Consent consent) {
        return consent.purposeId() == null ? null : purposes.findById(consent.purposeId());
    }

    public Instant now() {
        return clock.instant();
    }
}
