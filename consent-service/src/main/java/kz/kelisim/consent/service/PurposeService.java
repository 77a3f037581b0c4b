package kz.kelisim.consent.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import kz.kelisim.consent.Consent;
import kz.kelisim.consent.ConsentStatus;
import kz.kelisim.consent.Purpose;
import kz.kelisim.consent.PurposeDefinition;
import kz.kelisim.consent.repository.ConsentRepository;
import kz.kelisim.consent.repository.PurposeRepository;
import kz.kelisim.kit.audit.AuditLog;
import kz.kelisim.kit.outbox.Outbox;
import kz.kelisim.kit.problem.ResourceNotFoundException;

/**
 * Registers purposes as versions and ends every consent of a purpose that was achieved.
 */
@ApplicationScoped
public class PurposeService {

    private final PurposeRepository purposes;
    private final ConsentRepository consents;
    private final Outbox outbox;
    private final AuditLog audit;
    private final Clock clock;

    public PurposeService(PurposeRepository purposes, ConsentRepository consents, Outbox outbox, AuditLog audit, Clock clock) {
        this.purposes = purposes;
        this.consents = consents;
        this.outbox = outbox;
        this.audit = audit;
        this.clock = clock;
    }

    /** The purpose version, and whether this call created it. */
    public record Registered(Purpose purpose, boolean created) {
    }

    /**
     * Registers the first version, or a new version when the definition changed; the same definition
     * again returns the current version, so a retry creates nothing.
     */
    @Transactional
    public Registered register(String operatorId, String code, PurposeDefinition definition) {
        Instant now = clock.instant();
        var current = purposes.current(operatorId, code);
        if (current.isPresent() && current.get().sameDefinitionAs(definition)) {
            return new Registered(current.get(), false);
        }
        int version = current.map(p -> p.version() + 1).orElse(1);
        Purpose next = Purpose.register(operatorId, code, definition, version, now);
        current.ifPresent(p -> {
            p.supersede();
            purposes.flush();
        });
        purposes.persist(next);
        audit.append(now, operatorId, operatorId, next.id(), "PURPOSE_REGISTERED", code + " version " + version);
        return new Registered(next, true);
    }

    public Purpose current(String operatorId, String code) {
        return purposes.current(operatorId, code).orElseThrow(() -> new ResourceNotFoundException("Purpose", code));
    }

    public Purpose version(String operatorId, String code, int version) {
        return purposes.version(operatorId, code, version)
                .orElseThrow(() -> new ResourceNotFoundException("Purpose", code + " version " + version));
    }

    public List<Purpose> list(String operatorId) {
        return purposes.currentOf(operatorId);
    }

    public List<Purpose> versions(String operatorId, String code) {
        List<Purpose> all = purposes.versionsOf(operatorId, code);
        if (all.isEmpty()) {
            throw new ResourceNotFoundException("Purpose", code);
        }
        return all;
    }

    /** PDL-8.6: the purpose is achieved for every subject, so every active consent under it ends now. */
    @Transactional
    public int achieved(String operatorId, String code) {
        current(operatorId, code);
        Instant now = clock.instant();
        int ended = 0;
        for (Consent consent : consents.activeForPurpose(operatorId, code)) {
            if (consent.statusAt(now) == ConsentStatus.ACTIVE) {
                outbox.add(consent.achievePurpose(now));
                audit.append(now, operatorId, operatorId, consent.id(), "PURPOSE_ACHIEVED", "purpose " + code + " achieved for all subjects");
                ended++;
            }
        }
        return ended;
    }
}
