package kz.kelisim.consent.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import kz.kelisim.consent.Consent;
import kz.kelisim.consent.ConsentStatus;

/**
 * Consents, always looked up within the caller's scope.
 */
@ApplicationScoped
public class ConsentRepository implements PanacheRepositoryBase<Consent, UUID> {

    public Optional<Consent> findForOperator(UUID id, String operatorId) {
        return find("id = ?1 and operatorId = ?2", id, operatorId).firstResultOptional();
    }

    /** A consent the subject gave, or one their legal representative gave for them. */
    public Optional<Consent> findForSubject(UUID id, String iin) {
        return find("id = ?1 and (subjectIin = ?2 or representativeIin = ?2)", id, iin).firstResultOptional();
    }

    /** The operator's consents recorded under any of the keys, by key: one query for a whole import chunk. */
    public Map<String, Consent> findByIdempotencyKeys(String operatorId, Collection<String> keys) {
        if (keys.isEmpty()) {
            return Map.of();
        }
        return list("operatorId = ?1 and idempotencyKey in ?2", operatorId, keys).stream()
                .collect(Collectors.toMap(Consent::idempotencyKey, c -> c));
    }

    /** The subject's own consents and those of the people they legally represent, newest first. */
    public List<Consent> listForSubject(String iin) {
        return list("subjectIin = ?1 or representativeIin = ?1 order by grantedAt desc", iin);
    }

    public List<Consent> activeForPurpose(String operatorId, String purposeCode) {
        return list("operatorId = ?1 and purposeCode = ?2 and status = ?3", operatorId, purposeCode, ConsentStatus.ACTIVE);
    }
}
