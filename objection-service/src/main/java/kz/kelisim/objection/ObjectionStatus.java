package kz.kelisim.objection;

/**
 * Where an objection stands; its review deadline (MET, MET_LATE, BREACHED) is tracked beside it.
 */
public enum ObjectionStatus {
    /** Received and not yet considered. */
    OPEN,
    /** Considered and granted; the operator says what was done. */
    UPHELD,
    /** Considered and refused with reasons in Kazakh and Russian. */
    REJECTED
}
