package kz.kelisim.consent.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import kz.kelisim.consent.Consent;
import kz.kelisim.consent.GrantConsent;
import kz.kelisim.consent.Purpose;
import kz.kelisim.consent.repository.ConsentRepository;
import kz.kelisim.consent.repository.PurposeRepository;
import kz.kelisim.contracts.SubjectPseudonym;
import kz.kelisim.kit.audit.AuditEntry;
import kz.kelisim.kit.audit.AuditLog;
import kz.kelisim.kit.audit.AuditRepository;
import kz.kelisim.kit.domain.Rejection;
import kz.kelisim.kit.idempotency.IdempotencyKey;
import kz.kelisim.kit.outbox.Outbox;
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

    /** One command's result in a batch of grants: its outcome, or the refusal decided before anything was written for it. */
    public record Attempt(GrantOutcome outcome, RuntimeException refusal) {
    }

    /**
     * Records a consent once per Idempotency-Key under the purpose's current version: a retry of the
     * same request returns the first result, and the key reused for a different request is refused.
     * Every refusal is decided before anything is written, so a refusal leaves a surrounding
     * transaction usable.
     */
    @Transactional(dontRollbackOn = ProblemException.class)
    public GrantOutcome grant(GrantConsent command) {
        Attempt attempt = grantAll(command.operatorId(), List.of(command)).get(0);
        if (attempt.refusal() != null) {
            throw attempt.refusal();
        }
        return attempt.outcome();
    }

    /**
     * Grants a batch of one operator's commands in the caller's transaction, each as {@link #grant}
     * would, in order: a key repeated later in the batch replays the earlier line. The keys and the
     * purposes are looked up once for the batch, and the rows are written after every command is
     * decided, so an import chunk costs a few batched statements instead of several per line.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<Attempt> grantAll(String operatorId, List<GrantConsent> commands) {
        Map<String, Consent> byKey = new HashMap<>(consents.findByIdempotencyKeys(operatorId,
                commands.stream().map(GrantConsent::idempotencyKey).filter(Objects::nonNull).collect(Collectors.toSet())));
        Map<String, Purpose> currentPurposes = purposes.currentByCode(operatorId,
                commands.stream().map(GrantConsent::purposeCode).filter(Objects::nonNull).collect(Collectors.toSet()));
        Instant now = clock.instant();
        List<Attempt> attempts = new ArrayList<>(commands.size());
        List<Consent.Granted> granted = new ArrayList<>();
        for (GrantConsent command : commands) {
            try {
                attempts.add(decide(command, byKey, currentPurposes, now, granted));
            } catch (ProblemException | Rejection refusal) {
                attempts.add(new Attempt(null, refusal));
            }
        }
        // Consents, then their events, then their audit entries: each kind goes to the database as one batch.
        granted.forEach(g -> consents.persist(g.consent()));
        granted.forEach(g -> outbox.add(g.event()));
        audit.appendAll(granted.stream().map(g -> new AuditLog.Pending(now, operatorId, operatorId, g.consent().id(), "GRANTED",
                "purpose " + g.consent().purposeCode() + " version " + g.consent().purposeVersion()
                        + (g.consent().validUntil() == null ? ", until the purpose is achieved" : ", valid until " + g.consent().validUntil())))
                .toList());
        return attempts;
    }

    /**
     * One command of a batch: a replay of the consent already under its key, a refusal, or a new
     * consent added to {@code granted} and remembered under its key for the lines after it.
     */
    private Attempt decide(GrantConsent command, Map<String, Consent> byKey, Map<String, Purpose> currentPurposes,
                           Instant now, List<Consent.Granted> granted) {
        Optional<Consent> earlier = IdempotencyKey.replayOrRefuse(command.idempotencyKey(),
                Optional.ofNullable(command.idempotencyKey() == null ? null : byKey.get(command.idempotencyKey())),
                consent -> consent.sameRequestAs(command));
        if (earlier.isPresent()) {
            return new Attempt(new GrantOutcome(earlier.get(), false), null);
        }
        // PDL-7.8: consent is collected only for a specific purpose registered beforehand.
        Purpose purpose = currentPurposes.get(command.purposeCode());
        if (purpose == null) {
            throw new ProblemException(422, "pdl-7-8-purpose-not-registered", "Purpose not registered (PDL-7.8)",
                    "Register purpose '" + command.purposeCode() + "' with POST /api/v1/purposes before recording consents for it");
        }
        Consent.Granted grant = Consent.grant(command, purpose, pseudonym.of(command.subjectIin()), now);
        granted.add(grant);
        if (command.idempotencyKey() != null) {
            byKey.put(command.idempotencyKey(), grant.consent());
        }
        return new Attempt(new GrantOutcome(grant.consent(), true), null);
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
