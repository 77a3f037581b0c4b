package kz.kelisim.objection.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import kz.kelisim.objection.AutomatedDecision;

/**
 * Automated decisions, always within the calling operator's or subject's scope.
 */
@ApplicationScoped
public class DecisionRepository implements PanacheRepositoryBase<AutomatedDecision, UUID> {

    public Optional<AutomatedDecision> findForOperator(UUID id, String operatorId) {
        return find("id = ?1 and operatorId = ?2", id, operatorId).firstResultOptional();
    }

    public Optional<AutomatedDecision> findForSubject(UUID id, String subjectRef) {
        return find("id = ?1 and subjectRef = ?2", id, subjectRef).firstResultOptional();
    }

    public Optional<AutomatedDecision> findByIdempotencyKey(String operatorId, String key) {
        return find("operatorId = ?1 and idempotencyKey = ?2", operatorId, key).firstResultOptional();
    }

    public List<AutomatedDecision> listForSubject(String subjectRef) {
        return list("subjectRef = ?1 order by decidedAt desc, id", subjectRef);
    }

    public List<AutomatedDecision> listForOperator(String operatorId, int limit) {
        return find("operatorId = ?1 order by decidedAt desc, id", operatorId).page(0, limit).list();
    }
}
