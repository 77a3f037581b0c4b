package kz.kelisim.consent.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import kz.kelisim.consent.Consent;

/**
 * Consents, always looked up within the caller's scope.
 */
@ApplicationScoped
public class ConsentRepository implements PanacheRepositoryBase<Consent, UUID> {

    public Optional<Consent> findForOperator(UUID id, String operatorId) {
        return find("id = ?1 and operatorId = ?2", id, operatorId).firstResultOptional();
    }

    public Optional<Consent> findByIdempotencyKey(String operatorId, String key) {
        return find("operatorId = ?1 and idempotencyKey = ?2", operatorId, key).firstResultOptional();
    }

    public List<Consent> listForSubject(String subjectIin) {
        return list("subjectIin = ?1 order by grantedAt desc", subjectIin);
    }
}
