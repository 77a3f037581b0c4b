package kz.kelisim.system.matrix;

import kz.kelisim.system.Tokens;

/**
 * The callers of the authorization matrix, each with a real Keycloak token (or none).
 */
enum Who {
    ANONYMOUS(null),
    /** aigerim, IIN 900515401230: owns the fixtures' consents, decisions and objections. */
    SUBJECT_A("user:aigerim"),
    /** daniyar: another subject, on A's data. */
    SUBJECT_B("user:daniyar"),
    /** gulnara: the legal representative named on A's consent. */
    REPRESENTATIVE_A("user:gulnara"),
    /** demo-bank: owns the fixtures' purposes, activities and obligations. */
    OPERATOR_A("client:demo-bank"),
    /** demo-insurer: an operator with no relation to A's data. */
    OPERATOR_B("client:demo-insurer"),
    /** demo-telecom: the third party A's purpose shares data with. */
    THIRD_PARTY("client:demo-telecom"),
    REGULATOR("user:inspector"),
    ADMIN("user:admin");

    private final String credential;

    Who(String credential) {
        this.credential = credential;
    }

    /** A real access token for this caller, or null for the anonymous one. */
    String token() {
        if (credential == null) {
            return null;
        }
        String name = credential.substring(credential.indexOf(':') + 1);
        return credential.startsWith("user:") ? Tokens.user(name) : Tokens.operator(name);
    }
}
