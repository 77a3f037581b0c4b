package kz.kelisim.consent;

/**
 * Where a consent stands.
 */
public enum ConsentStatus {
    /** The operator may process for the purpose. */
    ACTIVE,
    /** Its term has passed. */
    EXPIRED
}
