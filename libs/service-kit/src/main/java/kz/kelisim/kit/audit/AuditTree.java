package kz.kelisim.kit.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Reads the stored tree for the API: complete subtree hashes by (level, index), signed heads, and
 * leaves by index. Every read is one primary-key or index lookup, so a proof costs O(log n) reads.
 */
@ApplicationScoped
public class AuditTree implements Merkle.Nodes {

    private final EntityManager em;

    public AuditTree(EntityManager em) {
        this.em = em;
    }

    /** One leaf at its index, with its hash as stored at level 0. */
    public record IndexedLeaf(long index, AuditEntry entry, byte[] storedHash) {
    }

    @Override
    public byte[] hash(int level, long index) {
        List<?> rows = em.createNativeQuery("SELECT hash FROM audit_tree_node WHERE level = ?1 AND node_index = ?2")
                .setParameter(1, (short) level).setParameter(2, index).getResultList();
        if (rows.isEmpty()) {
            throw new IllegalStateException("The audit tree lacks its node " + level + "/" + index);
        }
        return (byte[]) rows.get(0);
    }

    public Optional<TreeHead> latestHead() {
        return heads("SELECT tree_size, root_hash, signed_at, key_id, signature FROM audit_tree_head"
                + " ORDER BY tree_size DESC LIMIT 1").stream().findFirst();
    }

    /** The heads of at least {@code fromSize} leaves, smallest first. */
    public List<TreeHead> headsFrom(long fromSize, int limit) {
        return heads("SELECT tree_size, root_hash, signed_at, key_id, signature FROM audit_tree_head"
                + " WHERE tree_size >= ?1 ORDER BY tree_size LIMIT ?2", fromSize, limit);
    }

    public Optional<TreeHead> head(long treeSize) {
        return heads("SELECT tree_size, root_hash, signed_at, key_id, signature FROM audit_tree_head"
                + " WHERE tree_size = ?1", treeSize).stream().findFirst();
    }

    private List<TreeHead> heads(String sql, Object... parameters) {
        var query = em.createNativeQuery(sql);
        for (int i = 0; i < parameters.length; i++) {
            query.setParameter(i + 1, parameters[i]);
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        return rows.stream().map(r -> new TreeHead(((Number) r[0]).longValue(), (byte[]) r[1],
                instant(r[2]).toEpochMilli(), (String) r[3], (byte[]) r[4])).toList();
    }

    /** The smallest index below {@code treeSize} whose leaf has this hash. */
    public Optional<Long> indexOfLeafHash(byte[] leafHash, long treeSize) {
        List<?> rows = em.createNativeQuery("SELECT node_index FROM audit_tree_node WHERE level = 0 AND hash = ?1"
                        + " AND node_index < ?2 ORDER BY node_index LIMIT 1")
                .setParameter(1, leafHash).setParameter(2, treeSize).getResultList();
        return rows.stream().findFirst().map(r -> ((Number) r).longValue());
    }

    /** The operator of the leaf at this index. */
    public Optional<String> operatorAt(long index) {
        List<?> rows = em.createNativeQuery("SELECT l.operator_id FROM audit_leaf_index x JOIN audit_leaf l ON l.id = x.leaf_id"
                + " WHERE x.leaf_index = ?1").setParameter(1, index).getResultList();
        return rows.isEmpty() ? Optional.empty() : Optional.of(String.valueOf(rows.get(0)));
    }

    /**
     * The indexed leaves in {@code [start, end)}, by index; {@code operatorId} keeps only that
     * operator's. A missing index, or an index whose leaf row is gone, is simply absent.
     */
    public List<IndexedLeaf> leaves(long start, long end, String operatorId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                SELECT x.leaf_index, l.id, l.at, l.actor, l.operator_id, l.aggregate_id, l.action, l.detail, n.hash
                FROM audit_leaf_index x
                JOIN audit_leaf l ON l.id = x.leaf_id
                LEFT JOIN audit_tree_node n ON n.level = 0 AND n.node_index = x.leaf_index
                WHERE x.leaf_index >= ?1 AND x.leaf_index < ?2 AND (CAST(?3 AS VARCHAR) IS NULL OR l.operator_id = ?3)
                ORDER BY x.leaf_index""")
                .setParameter(1, start).setParameter(2, end).setParameter(3, operatorId).getResultList();
        return rows.stream().map(r -> new IndexedLeaf(((Number) r[0]).longValue(),
                new AuditEntry(((Number) r[1]).longValue(), instant(r[2]), (String) r[3], (String) r[4], (UUID) r[5],
                        (String) r[6], (String) r[7]), (byte[]) r[8])).toList();
    }

    static Instant instant(Object value) {
        if (value instanceof Instant i) {
            return i;
        }
        if (value instanceof OffsetDateTime o) {
            return o.toInstant();
        }
        if (value instanceof java.sql.Timestamp t) {
            return t.toInstant();
        }
        throw new IllegalStateException("Not a timestamp: " + value);
    }
}
