package kz.kelisim.consent;

/**
 * Where the personal data for a purpose comes from.
 */
public enum DataSource {
    SUBJECT, THIRD_PARTY, PUBLIC_SOURCES
}
