package kz.kelisim.testkit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
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
    public record Removed(long index, long leafId) {
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
        long leafId = query("SELECT leaf_id FROM audit_leaf_index WHERE leaf_index = ?", s -> s.setLong(1, index), rs -> rs.getLong(1));
        tamper(c -> {
            try (PreparedStatement place = c.prepareStatement("DELETE FROM audit_leaf_index WHERE leaf_index = ?");
                 PreparedStatement leaf = c.prepareStatement("DELETE FROM audit_leaf WHERE id = ?")) {
                place.setLong(1, index);
                place.executeUpdate();
                // The leaf row itself is kept aside in a temporary copy so restore() can put it back.
                try (Statement keep = c.createStatement()) {
                    keep.execute("CREATE TABLE IF NOT EXISTS audit_tampering_removed (LIKE audit_leaf)");
                }
                try (PreparedStatement copy = c.prepareStatement("INSERT INTO audit_tampering_removed SELECT * FROM audit_leaf WHERE id = ?")) {
                    copy.setLong(1, leafId);
                    copy.executeUpdate();
                }
                leaf.setLong(1, leafId);
                leaf.executeUpdate();
            }
        });
        return new Removed(index, leafId);
    }

    public void restore(Removed removed) {
        tamper(c -> {
            try (PreparedStatement leaf = c.prepareStatement("INSERT INTO audit_leaf SELECT * FROM audit_tampering_removed WHERE id = ?");
                 PreparedStatement place = c.prepareStatement("INSERT INTO audit_leaf_index (leaf_index, leaf_id) VALUES (?, ?)");
                 PreparedStatement forget = c.prepareStatement("DELETE FROM audit_tampering_removed WHERE id = ?")) {
                leaf.setLong(1, removed.leafId());
                leaf.executeUpdate();
                place.setLong(1, removed.index());
                place.setLong(2, removed.leafId());
                place.executeUpdate();
                forget.setLong(1, removed.leafId());
                forget.executeUpdate();
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
