package kz.kelisim.system.faults;

import java.sql.Array;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Reads a service's database directly, as an auditor would: the fault tests never trust an API's
 * word for what is stored. One short-lived connection per query, so a restarted server is no matter.
 */
public final class Db {

    public static final String CONSENT = "consent";
    public static final String OBJECTION = "objection";
    public static final String NOTIFICATION = "notification";

    private Db() {
    }

    static List<Map<String, Object>> rows(String database, String sql, Object... params) {
        try (Connection c = connect(database); PreparedStatement s = prepare(c, sql, params); ResultSet rs = s.executeQuery()) {
            ResultSetMetaData meta = rs.getMetaData();
            List<Map<String, Object>> out = new ArrayList<>();
            while (rs.next()) {
                Map<String, Object> row = new LinkedHashMap<>();
                for (int i = 1; i <= meta.getColumnCount(); i++) {
                    row.put(meta.getColumnLabel(i), rs.getObject(i));
                }
                out.add(row);
            }
            return out;
        } catch (SQLException e) {
            throw new IllegalStateException(database + ": " + sql + ": " + e.getMessage(), e);
        }
    }

    public static long count(String database, String sql, Object... params) {
        Object value = rows(database, sql, params).get(0).values().iterator().next();
        return ((Number) value).longValue();
    }

    static int update(String database, String sql, Object... params) {
        try (Connection c = connect(database); PreparedStatement s = prepare(c, sql, params)) {
            return s.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(database + ": " + sql + ": " + e.getMessage(), e);
        }
    }

    /** A UUID array parameter for {@code = ANY(?)}. */
    record Uuids(Collection<UUID> ids) {
    }

    private static Connection connect(String database) throws SQLException {
        return DriverManager.getConnection(Stack.jdbc(database), "kelisim", "kelisim");
    }

    private static PreparedStatement prepare(Connection c, String sql, Object... params) throws SQLException {
        PreparedStatement s = c.prepareStatement(sql);
        for (int i = 0; i < params.length; i++) {
            if (params[i] instanceof Uuids u) {
                Array array = c.createArrayOf("uuid", u.ids().toArray());
                s.setArray(i + 1, array);
            } else {
                s.setObject(i + 1, params[i]);
            }
        }
        return s;
    }
}
