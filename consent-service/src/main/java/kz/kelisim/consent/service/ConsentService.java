package kz.kelisim.consent.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import kz.kelisim.consent.Consent;
import kz.kelisim.consent.GrantConsent;
import kz.kelisim.consent.repository.ConsentRepository;
import kz.kelisim.contracts.SubjectPseudonym;
import kz.kelisim.kit.outbox.Outbox;
import kz.kelisim.kit.problem.ConflictException;
import kz.kelisim.kit.problem.ResourceNotFoundException;

/**
 * Records consents and their events in one transaction.
 */
@ApplicationScoped
public class ConsentService {

    private final ConsentRepository consents;
    private final Outbox outbox;
    private final SubjectPseudonym pseudonym;
    private final Clock clock;

    public ConsentService(ConsentRepository consents, Outbox outbox, SubjectPseudonym pseudonym, Clock clock) {
        this.consents = consents;
        this.outbox = outbox;
        this.pseudonym = pseudonym;
        this.clock = clock;
    }

    /** The outcome of a grant: the consent, and whether this call created it or replayed a retry. */
    public record GrantOutcome(Consent consent, boolean created) {
    }

    /**
     * Records a consent once per Idempotency-Key: a retry of the same request returns the first
     * result, and the key reused for a different request is refused.
     */
    @Transactional
    public GrantOutcome grant(GrantConsent command) {
        Optional<Consent> earlier = consents.findByIdempotencyKey(command.operatorId(), command.idempotencyKey());
        if (earlier.isPresent()) {
            if (!earlier.get().sameRequestAs(command)) {
                throw ConflictException.idempotencyKeyReused(command.idempotencyKey());
            }
            return new GrantOutcome(earlier.get(), false);
        }
        Consent.Granted granted = Consent.grant(command, pseudonym.of(command.subjectIin()), clock.instant());
        consents.persist(granted.consent());
        outbox.add(granted.event());
        return new GrantOutcome(granted.consent(), true);
    }

    public Consent getForOperator(UUID id, String operatorId) {
        return consents.findForOperator(id, operatorId).orElseThrow(() -> new ResourceNotFoundException("Consent", id));
    }

    public List<Consent> listForSubject(String subjectIin) {
        return consents.listForSubject(subjectIin);
    }

    public Instant now() {
        return clock.instant();
    }
}
