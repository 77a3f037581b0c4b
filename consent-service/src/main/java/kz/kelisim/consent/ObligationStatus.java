package kz.kelisim.consent;

/**
 * Where a party's stop obligation stands (PDL-8.7).
 */
public enum ObligationStatus {
    /** Waiting for the party to stop processing or refuse with reasons. */
    OPEN,
    /** The party confirmed it stopped processing. */
    STOPPED,
    /** The party refused, citing the legislation (a normative legal act) that requires keeping or processing the data. */
    REFUSED
}
