package kz.kelisim.kit.audit;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.PreparedStatement;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.hibernate.Session;

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

    /**
     * Inserts the entries in the given order as one JDBC batch on the transaction's connection.
     * The sequence numbers are the database's, assigned in that order.
     */
    public void insertInOrder(List<AuditEntry> chain) {
        getEntityManager().unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement insert = connection.prepareStatement("""
                    INSERT INTO audit_entry (at, actor, operator_id, aggregate_id, action, detail, prev_hash, hash)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")) {
                for (AuditEntry e : chain) {
                    insert.setObject(1, e.at().atOffset(ZoneOffset.UTC));
                    insert.setString(2, e.actor());
                    insert.setString(3, e.operatorId());
                    insert.setObject(4, e.aggregateId());
                    insert.setString(5, e.action());
                    insert.setString(6, e.detail());
                    insert.setString(7, e.prevHash());
                    insert.setString(8, e.hash());
                    insert.addBatch();
                }
                insert.executeBatch();
            }
        });
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
