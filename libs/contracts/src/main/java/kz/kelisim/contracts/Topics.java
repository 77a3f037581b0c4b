package kz.kelisim.contracts;

/**
 * Kafka topic names; each topic has exactly one owning service (docs/design.md#topics).
 */
public final class Topics {

    /** Owned by consent-service. */
    public static final String CONSENT_EVENTS = "consent-events";
    /** Owned by objection-service. */
    public static final String OBJECTION_EVENTS = "objection-events";
    /** Owned by notification-service. */
    public static final String BREACH_EVENTS = "breach-events";
    /** Owned by consent-service; compacted, keyed by year. */
    public static final String CALENDAR_YEARS = "calendar-years";
    /** Owned by consent-service; compacted, keyed by the operator's BIN. */
    public static final String OPERATOR_PROFILES = "operator-profiles";
    /** Read by regulators' systems. */
    public static final String REGULATOR_REPORTS = "regulator-reports";

    private Topics() {
    }
}
