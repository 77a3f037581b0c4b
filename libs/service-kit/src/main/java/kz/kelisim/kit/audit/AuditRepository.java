package kz.kelisim.kit.audit;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.PreparedStatement;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hibernate.Session;

/**
 * The audit log's leaves, read in insertion order, and the index the sequencer gave each.
 */
@ApplicationScoped
public class AuditRepository implements PanacheRepositoryBase<AuditEntry, Long> {

    /**
     * Inserts the leaves as one JDBC batch on the transaction's connection. Nothing is locked or
     * read: the leaves join the tree when the sequencer finds them committed.
     */
    public void insert(List<AuditLog.Pending> leaves) {
        getEntityManager().unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement insert = connection.prepareStatement("""
                    INSERT INTO audit_leaf (at, actor, operator_id, aggregate_id, action, detail)
                    VALUES (?, ?, ?, ?, ?, ?)""")) {
                for (AuditLog.Pending p : leaves) {
                    insert.setObject(1, p.at().atOffset(ZoneOffset.UTC));
                    insert.setString(2, p.actor());
                    insert.setString(3, p.operatorId());
                    insert.setObject(4, p.aggregateId());
                    insert.setString(5, p.action());
                    insert.setString(6, p.detail());
                    insert.addBatch();
                }
                insert.executeBatch();
            }
        });
    }

    public List<AuditEntry> forAggregate(UUID aggregateId) {
        return list("aggregateId = ?1 order by id", aggregateId);
    }

    public List<AuditEntry> page(String operatorId, long afterId, int limit) {
        return operatorId == null
                ? find("id > ?1 order by id", afterId).page(0, limit).list()
                : find("operatorId = ?1 and id > ?2 order by id", operatorId, afterId).page(0, limit).list();
    }

    /** The tree index of each of these leaves that the sequencer has indexed, by leaf id. */
    public Map<Long, Long> indexesOf(List<Long> leafIds) {
        Map<Long, Long> indexes = new HashMap<>();
        if (leafIds.isEmpty()) {
            return indexes;
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = getEntityManager().createNativeQuery(
                "SELECT leaf_id, leaf_index FROM audit_leaf_index WHERE leaf_id IN (?1)")
                .setParameter(1, leafIds).getResultList();
        for (Object[] row : rows) {
            indexes.put(((Number) row[0]).longValue(), ((Number) row[1]).longValue());
        }
        return indexes;
    }
}
