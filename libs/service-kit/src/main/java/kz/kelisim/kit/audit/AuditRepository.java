package kz.kelisim.kit.audit;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

/**
 * The audit log, read in chain order.
 */
@ApplicationScoped
public class AuditRepository implements PanacheRepositoryBase<AuditEntry, Long> {

    /** Serialises appends so each entry chains to the one before it, across instances. */
    public String lockAndLastHash() {
        getEntityManager().createNativeQuery("SELECT pg_advisory_xact_lock(7270011)").getSingleResult();
        List<?> last = getEntityManager().createNativeQuery("SELECT hash FROM audit_entry ORDER BY seq DESC LIMIT 1")
                .getResultList();
        return last.isEmpty() ? AuditEntry.GENESIS : (String) last.get(0);
    }

    public List<AuditEntry> forAggregate(UUID aggregateId) {
        return list("aggregateId = ?1 order by seq", aggregateId);
    }

    public List<AuditEntry> page(String operatorId, long afterSeq, int limit) {
        return operatorId == null
                ? find("seq > ?1 order by seq", afterSeq).page(0, limit).list()
                : find("operatorId = ?1 and seq > ?2 order by seq", operatorId, afterSeq).page(0, limit).list();
    }
}
