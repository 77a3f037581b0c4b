package kz.kelisim.testkit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * What an attacker who owns a service's tables does to its Merkle audit log, straight in
 * PostgreSQL: switches the append-only triggers off, edits, deletes or reorders leaves, and switches
 * them on again. Tests use it to prove the verification notices, then undo what it did.
 */
public final class AuditTampering {

    private static final String[] TABLES = {"audit_leaf", "audit_leaf_index", "audit_tree_node", "audit_tree_head"};

    /** A removed leaf, kept so it can be put back exactly as it was. */
    public record Removed(long index, long leafId, Timestamp at, String actor, String operatorId, UUID aggregateId,
                          String action, String detail, Timestamp recordedAt) {
    }

    private final DataSource database;

    public AuditTampering(DataSource database) {
        this.database = database;
    }

    /** The tree index of the first leaf with this action about this aggregate; the leaf must be sequenced. */
    public long indexOf(UUID aggregateId, String action) {
        return query("""
                SELECT min(x.leaf_index) FROM audit_leaf l JOIN audit_leaf_index x ON x.leaf_id = l.id
                WHERE l.aggregate_id = ? AND l.action = ?""", s -> {
            s.setObject(1, aggregateId);
            s.setString(2, action);
        }, rs -> {
            long index = rs.getLong(1);
            if (rs.wasNull()) {
                throw new IllegalStateException("No sequenced " + action + " audit leaf about " + aggregateId);
            }
            return index;
        });
    }

    /** The insertion number (the export's {@code seq}) of the first leaf with this action about this aggregate. */
    public long seqOf(UUID aggregateId, String action) {
        return query("SELECT min(id) FROM audit_leaf WHERE aggregate_id = ? AND action = ?", s -> {
            s.setObject(1, aggregateId);
            s.setString(2, action);
        }, rs -> {
            long seq = rs.getLong(1);
            if (rs.wasNull()) {
                throw new IllegalStateException("No " + action + " audit leaf about " + aggregateId);
            }
            return seq;
        });
    }

    /** Overwrites the detail of the leaf at this index and returns the detail it had. */
    public String editDetail(long index, String detail) {
        String before = query("SELECT l.detail FROM audit_leaf l JOIN audit_leaf_index x ON x.leaf_id = l.id WHERE x.leaf_index = ?",
                s -> s.setLong(1, index), rs -> rs.getString(1));
        tamper(c -> {
            try (PreparedStatement s = c.prepareStatement(
                    "UPDATE audit_leaf SET detail = ? WHERE id = (SELECT leaf_id FROM audit_leaf_index WHERE leaf_index = ?)")) {
                s.setString(1, detail);
                s.setLong(2, index);
                s.executeUpdate();
            }
        });
        return before;
    }

    /** Overwrites the stored hash of the leaf at this index, as someone who also recomputed it after an edit would. */
    public byte[] setStoredLeafHash(long index, byte[] hash) {
        byte[] before = query("SELECT hash FROM audit_tree_node WHERE level = 0 AND node_index = ?", s -> s.setLong(1, index),
                rs -> rs.getBytes(1));
        tamper(c -> {
            try (PreparedStatement s = c.prepareStatement("UPDATE audit_tree_node SET hash = ? WHERE level = 0 AND node_index = ?")) {
                s.setBytes(1, hash);
                s.setLong(2, index);
                s.executeUpdate();
            }
        });
        return before;
    }

    /** Removes the leaf at this index: its row and its place in the tree. */
    public Removed delete(long index) {
        Removed row = query("""
                SELECT x.leaf_index, l.id, l.at, l.actor, l.operator_id, l.aggregate_id, l.action, l.detail, l.recorded_at
                FROM audit_leaf_index x JOIN audit_leaf l ON l.id = x.leaf_id WHERE x.leaf_index = ?""", s -> s.setLong(1, index),
                rs -> new Removed(rs.getLong(1), rs.getLong(2), rs.getTimestamp(3), rs.getString(4), rs.getString(5),
                        rs.getObject(6, UUID.class), rs.getString(7), rs.getString(8), rs.getTimestamp(9)));
        tamper(c -> {
            try (PreparedStatement place = c.prepareStatement("DELETE FROM audit_leaf_index WHERE leaf_index = ?");
                 PreparedStatement leaf = c.prepareStatement("DELETE FROM audit_leaf WHERE id = ?")) {
                place.setLong(1, index);
                place.executeUpdate();
                leaf.setLong(1, row.leafId());
                leaf.executeUpdate();
            }
        });
        return row;
    }

    /** Puts a removed leaf back; with the triggers off it is not queued for the sequencer again. */
    public void restore(Removed row) {
        tamper(c -> {
            try (PreparedStatement leaf = c.prepareStatement("""
                    INSERT INTO audit_leaf (id, at, actor, operator_id, aggregate_id, action, detail, recorded_at)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?)""");
                 PreparedStatement place = c.prepareStatement("INSERT INTO audit_leaf_index (leaf_index, leaf_id) VALUES (?, ?)")) {
                leaf.setLong(1, row.leafId());
                leaf.setTimestamp(2, row.at());
                leaf.setString(3, row.actor());
                leaf.setString(4, row.operatorId());
                leaf.setObject(5, row.aggregateId());
                leaf.setString(6, row.action());
                leaf.setString(7, row.detail());
                leaf.setTimestamp(8, row.recordedAt());
                leaf.executeUpdate();
                place.setLong(1, row.index());
                place.setLong(2, row.leafId());
                place.executeUpdate();
            }
        });
    }

    /** Swaps the leaves at two indexes; doing it again puts them back. */
    public void swap(long first, long second) {
        long firstId = query("SELECT leaf_id FROM audit_leaf_index WHERE leaf_index = ?", s -> s.setLong(1, first), rs -> rs.getLong(1));
        long secondId = query("SELECT leaf_id FROM audit_leaf_index WHERE leaf_index = ?", s -> s.setLong(1, second), rs -> rs.getLong(1));
        tamper(c -> {
            try (PreparedStatement remove = c.prepareStatement("DELETE FROM audit_leaf_index WHERE leaf_index IN (?, ?)");
                 PreparedStatement place = c.prepareStatement("INSERT INTO audit_leaf_index (leaf_index, leaf_id) VALUES (?, ?)")) {
                remove.setLong(1, first);
                remove.setLong(2, second);
                remove.executeUpdate();
                place.setLong(1, first);
                place.setLong(2, secondId);
                place.addBatch();
                place.setLong(1, second);
                place.setLong(2, firstId);
                place.addBatch();
                place.executeBatch();
            }
        });
    }

    private interface Work {
        void run(Connection connection) throws SQLException;
    }

    /** Runs the work in one transaction with the log's own triggers off; the foreign keys stay on. */
    private void tamper(Work work) {
        try (Connection c = database.getConnection()) {
            boolean auto = c.getAutoCommit();
            c.setAutoCommit(false);
            try (Statement s = c.createStatement()) {
                for (String table : TABLES) {
                    s.execute("ALTER TABLE " + table + " DISABLE TRIGGER USER");
                }
                work.run(c);
                for (String table : TABLES) {
                    s.execute("ALTER TABLE " + table + " ENABLE TRIGGER USER");
                }
                c.commit();
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(auto);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private interface Binder {
        void bind(PreparedStatement statement) throws SQLException;
    }

    private interface Reader<T> {
        T read(ResultSet row) throws SQLException;
    }

    private <T> T query(String sql, Binder binder, Reader<T> reader) {
        try (Connection c = database.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            binder.bind(s);
            try (ResultSet rs = s.executeQuery()) {
                if (!rs.next()) {
                    throw new IllegalStateException("No row for: " + sql);
                }
                return reader.read(rs);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
