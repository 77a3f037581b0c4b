package kz.kelisim.notification.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import kz.kelisim.notification.BreachIncident;

/**
 * Breach incidents; an operator only ever finds its own.
 */
@ApplicationScoped
public class BreachRepository implements PanacheRepositoryBase<BreachIncident, UUID> {

    public Optional<BreachIncident> byKey(String operatorId, String idempotencyKey) {
        return find("operatorId = ?1 and idempotencyKey = ?2", operatorId, idempotencyKey).firstResultOptional();
    }

    public Optional<BreachIncident> ofOperator(UUID id, String operatorId) {
        return find("id = ?1 and operatorId = ?2", id, operatorId).firstResultOptional();
    }

    /** Incidents newest first; a null filter matches everything. */
    public List<BreachIncident> search(String operatorId, Boolean late, int limit) {
        StringBuilder q = new StringBuilder("1 = 1");
        Parameters params = new Parameters();
        if (operatorId != null) {
            q.append(" and operatorId = :operator");
            params.and("operator", operatorId);
        }
        if (late != null) {
            q.append(late ? " and reportState = 'MET_LATE'" : " and reportState <> 'MET_LATE'");
        }
        return find(q + " order by reportedAt desc, id", params).page(0, limit).list();
    }
}
