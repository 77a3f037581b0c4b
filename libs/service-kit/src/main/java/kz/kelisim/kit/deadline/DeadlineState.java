package kz.kelisim.kit.deadline;

/**
 * Where a legal deadline stands.
 */
public enum DeadlineState {
    /** Waiting for the owing party's answer. */
    OPEN,
    /** Answered in time. */
    MET,
    /** The due moment passed without an answer. */
    BREACHED,
    /** Answered after the due moment. */
    MET_LATE,
    /** No longer owed. Nothing sets it today; the published API and the portal's labels still name it. */
    CANCELLED
}
