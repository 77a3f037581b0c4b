package kz.kelisim.system;

/**
 * Where the running suite is: the test profile's ports of deploy/local, overridable by the same
 * environment variables the scripts read.
 */
public final class Suite {

    static final String HOST = "http://127.0.0.1:";

    private Suite() {
    }

    public static String consent() {
        return HOST + port("CONSENT_PORT", 18081);
    }

    public static String objection() {
        return HOST + port("OBJECTION_PORT", 18082);
    }

    public static String notification() {
        return HOST + port("NOTIFICATION_PORT", 18083);
    }

    public static String portal() {
        return HOST + port("PORTAL_PORT", 18080);
    }

    public static String keycloak() {
        return HOST + port("KC_PORT", 18180);
    }

    /** A service's own database, as an attacker or an auditor with database access sees it. */
    public static javax.sql.DataSource database(String name) {
        org.postgresql.ds.PGSimpleDataSource source = new org.postgresql.ds.PGSimpleDataSource();
        source.setUrl("jdbc:postgresql://127.0.0.1:" + port("PG_PORT", 15432) + "/" + name);
        source.setUser("kelisim");
        source.setPassword("kelisim");
        return source;
    }

    private static int port(String variable, int fallback) {
        String value = System.getenv(variable);
        return value == null || value.isBlank() ? fallback : Integer.parseInt(value);
    }
}
