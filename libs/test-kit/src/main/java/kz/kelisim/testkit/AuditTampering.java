package kz.kelisim.testkit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * What an attacker with database access does to a service's audit log: edits a row or deletes one,
 * straight in PostgreSQL. Tests use it to prove the hash chain notices, then put the row back.
 */
public final class AuditTampering {

    /** A removed row, kept so it can be put back exactly as it was. */
    public record Removed(long seq, Timestamp at, String actor, String operatorId, UUID aggregateId, String action,
                          String detail, String prevHash, String hash) {
    }

    private final DataSource database;

    public AuditTampering(DataSource database) {
        this.database = database;
    }

    /** The sequence number of the first entry with this action about this aggregate. */
    public long seqOf(UUID aggregateId, String action) {
        return query("SELECT min(seq) FROM audit_entry WHERE aggregate_id = ? AND action = ?", s -> {
            s.setObject(1, aggregateId);
            s.setString(2, action);
        }, rs -> {
            long seq = rs.getLong(1);
            if (rs.wasNull()) {
                throw new IllegalStateException("No " + action + " audit entry about " + aggregateId);
            }
            return seq;
        });
    }

    /** The sequence number of the first entry after this one, which chains to it. */
    public long seqAfter(long seq) {
        return query("SELECT min(seq) FROM audit_entry WHERE seq > ?", s -> s.setLong(1, seq), rs -> rs.getLong(1));
    }

    /** Overwrites one entry's detail and returns the detail it had. */
    public String editDetail(long seq, String detail) {
        String before = query("SELECT detail FROM audit_entry WHERE seq = ?", s -> s.setLong(1, seq), rs -> rs.getString(1));
        update("UPDATE audit_entry SET detail = ? WHERE seq = ?", s -> {
            s.setString(1, detail);
            s.setLong(2, seq);
        });
        return before;
    }

    public Removed delete(long seq) {
        Removed row = query("SELECT seq, at, actor, operator_id, aggregate_id, action, detail, prev_hash, hash"
                + " FROM audit_entry WHERE seq = ?", s -> s.setLong(1, seq), rs -> new Removed(rs.getLong(1),
                rs.getTimestamp(2), rs.getString(3), rs.getString(4), rs.getObject(5, UUID.class), rs.getString(6),
                rs.getString(7), rs.getString(8), rs.getString(9)));
        update("DELETE FROM audit_entry WHERE seq = ?", s -> s.setLong(1, seq));
        return row;
    }

    public void restore(Removed row) {
        update("INSERT INTO audit_entry (seq, at, actor, operator_id, aggregate_id, action, detail, prev_hash, hash)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", s -> {
            s.setLong(1, row.seq());
            s.setTimestamp(2, row.at());
            s.setString(3, row.actor());
            s.setString(4, row.operatorId());
            s.setObject(5, row.aggregateId());
            s.setString(6, row.action());
            s.setString(7, row.detail());
            s.setString(8, row.prevHash());
            s.setString(9, row.hash());
        });
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

    private void update(String sql, Binder binder) {
        try (Connection c = database.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            binder.bind(s);
            s.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
