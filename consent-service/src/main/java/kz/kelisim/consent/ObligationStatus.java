package kz.kelisim.consent;

/**
 * Where a party's stop obligation stands (PDL-8.7).
 */
public enum ObligationStatus {
    /** Waiting for the party to stop processing or refuse with reasons. */
    OPEN,
    /** The party confirmed it stopped processing. */
    STOPPED,
    /** The party refused with a reference to the law that requires keeping or processing the data. */
    REFUSED
}
