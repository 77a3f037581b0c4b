package kz.kelisim.consent.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import kz.kelisim.consent.Operator;
import kz.kelisim.consent.OperatorDetails;
import kz.kelisim.consent.repository.OperatorRepository;
import kz.kelisim.contracts.operator.OperatorProfilePublished;
import kz.kelisim.kit.audit.AuditLog;
import kz.kelisim.kit.directory.OperatorDirectory;
import kz.kelisim.kit.outbox.Outbox;
import kz.kelisim.kit.problem.ResourceNotFoundException;

/**
 * Creates and corrects operator profiles: each change is audited, applied to this service's
 * directory and published on {@code operator-profiles} for every other service, in one transaction.
 */
@ApplicationScoped
public class OperatorService {

    private final OperatorRepository operators;
    private final OperatorDirectory directory;
    private final Outbox outbox;
    private final AuditLog audit;
    private final Clock clock;

    public OperatorService(OperatorRepository operators, OperatorDirectory directory, Outbox outbox, AuditLog audit, Clock clock) {
        this.operators = operators;
        this.directory = directory;
        this.outbox = outbox;
        this.audit = audit;
        this.clock = clock;
    }

    /** The profile after the call, and whether it was created (201) or already there (200). */
    public record Saved(Operator operator, boolean created) {
    }

    /**
     * Creates the profile, or corrects it when the details differ; the same details again change
     * nothing and audit nothing, so a retry is harmless.
     *
     * @param actor who made the change: the operator's BIN, or the administrator's name
     */
    @Transactional
    public Saved save(String bin, OperatorDetails details, String actor) {
        Instant now = clock.instant();
        Optional<Operator> existing = operators.byBinForUpdate(bin);
        if (existing.isEmpty()) {
            Operator created = Operator.create(bin, details, now);
            operators.persist(created);
            publish(created.published(now), created, actor, "OPERATOR_PROFILE_CREATED");
            return new Saved(created, true);
        }
        Operator operator = existing.get();
        operator.correct(details, now).ifPresent(event -> publish(event, operator, actor, "OPERATOR_PROFILE_CORRECTED"));
        return new Saved(operator, false);
    }

    private void publish(OperatorProfilePublished event, Operator operator, String actor, String action) {
        directory.apply(event);
        outbox.add(event);
        audit.append(event.occurredAt(), actor, operator.bin(), operator.id(), action,
                "profile of " + operator.bin() + " version " + operator.version());
    }

    public Operator get(String bin) {
        return operators.byBin(bin).orElseThrow(() -> new ResourceNotFoundException("Operator", bin));
    }

    public List<Operator> list() {
        return operators.all();
    }
}
