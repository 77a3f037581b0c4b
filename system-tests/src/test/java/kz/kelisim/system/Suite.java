package kz.kelisim.system;

/**
 * Where the running suite is: the test profile's ports of deploy/local, overridable by the same
 * environment variables the scripts read.
 */
final class Suite {

    static final String HOST = "http://127.0.0.1:";

    private Suite() {
    }

    static String consent() {
        return HOST + port("CONSENT_PORT", 18081);
    }

    static String objection() {
        return HOST + port("OBJECTION_PORT", 18082);
    }

    static String notification() {
        return HOST + port("NOTIFICATION_PORT", 18083);
    }

    static String portal() {
        return HOST + port("PORTAL_PORT", 18080);
    }

    static String keycloak() {
        return HOST + port("KC_PORT", 18180);
    }

    private static int port(String variable, int fallback) {
        String value = System.getenv(variable);
        return value == null || value.isBlank() ? fallback : Integer.parseInt(value);
    }
}
