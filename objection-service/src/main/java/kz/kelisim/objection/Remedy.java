package kz.kelisim.objection;

/**
 * What a subject asks for when objecting to automated processing (PDL-19-1.2).
 */
public enum Remedy {
    /** A human reviews the decision or the processing. */
    HUMAN_REVIEW,
    /** The operator stops processing the subject's data automatically under this activity. */
    STOP_PROCESSING,
    /** The operator reverses one decision; only for an objection to a decision. */
    REVERSE_DECISION
}
