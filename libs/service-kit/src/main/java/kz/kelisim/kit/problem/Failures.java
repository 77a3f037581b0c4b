package kz.kelisim.kit.problem;

/**
 * Tells failures the caller can wait out (the database is unreachable, restarting or overloaded)
 * from those that will fail the same way again.
 */
public final class Failures {

    private Failures() {
    }

    /**
     * True when the database cannot be reached now: SQLSTATE class 08 (connection exception), 57P01..03
     * (the server is shutting down or starting), a transient connection error, or a full pool, found
     * among the failure's causes or suppressed exceptions (a failed commit carries the driver's error
     * only as a suppressed exception).
     */
    public static boolean databaseUnreachable(Throwable e) {
        for (Throwable t : Causes.of(e)) {
            if (t instanceof java.sql.SQLTransientConnectionException || t instanceof java.net.ConnectException
                    || t.getClass().getName().equals("org.hibernate.exception.JDBCConnectionException")) {
                return true;
            }
            if (t instanceof java.sql.SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("57P"))) {
                return true;
            }
            // A full connection pool (Agroal: "Sorry, acquisition timeout!") carries no SQL state; it is overload, not a bug.
            if (t instanceof java.sql.SQLException && t.getMessage() != null && t.getMessage().contains("acquisition timeout")) {
                return true;
            }
        }
        return false;
    }
}
