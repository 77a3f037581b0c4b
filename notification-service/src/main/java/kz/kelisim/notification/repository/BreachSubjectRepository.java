package kz.kelisim.notification.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;
import kz.kelisim.notification.BreachSubject;

/**
 * The encrypted affected-subject rows of breach incidents.
 */
@ApplicationScoped
public class BreachSubjectRepository implements PanacheRepositoryBase<BreachSubject, UUID> {

    public List<BreachSubject> ofIncident(UUID incidentId, int offset, int limit) {
        return find("incidentId = ?1 order by seq", incidentId).range(offset, offset + limit - 1).list();
    }

    public int countOf(UUID incidentId) {
        return (int) count("incidentId", incidentId);
    }
}
