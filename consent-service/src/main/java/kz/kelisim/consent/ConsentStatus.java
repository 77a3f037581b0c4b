package kz.kelisim.consent;

/**
 * Where a consent stands.
 */
public enum ConsentStatus {
    /** The operator may process for the purpose. */
    ACTIVE,
    /** Its term has passed (PDL-8.5). */
    EXPIRED,
    /** The subject or their representative revoked it (PDL-8.7). */
    REVOKED,
    /** The operator declared its purpose achieved (PDL-8.6). */
    PURPOSE_ACHIEVED
}
