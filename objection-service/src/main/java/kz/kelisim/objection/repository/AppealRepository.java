package kz.kelisim.objection.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import kz.kelisim.objection.Appeal;
import kz.kelisim.objection.AppealStatus;

/**
 * Appeals: the regulator's queue across operators, and each objection's appeal.
 */
@ApplicationScoped
public class AppealRepository implements PanacheRepositoryBase<Appeal, UUID> {

    public Optional<Appeal> forObjection(UUID objectionId) {
        return find("objectionId", objectionId).firstResultOptional();
    }

    public List<Appeal> queue(AppealStatus status, int limit) {
        return find("status = ?1 order by appealedAt, id", status).page(0, limit).list();
    }
}
