package kz.kelisim.kit.security;

/**
 * The realm roles of the kelisim realm (docs/design.md#identity-and-access).
 */
public final class Roles {

    public static final String SUBJECT = "subject";
    public static final String OPERATOR = "operator";
    public static final String REGULATOR = "regulator";
    public static final String ADMIN = "admin";

    private Roles() {
    }
}
