package kz.kelisim.objection;

/**
 * The basis on which a recorded automated decision was allowed (PDL-19-1.1).
 */
public enum DecisionBasis {
    /** The subject's consent for the activity's purpose was valid when the decision was made. */
    CONSENT,
    /** A law provides for the processing. */
    LAW,
    /** The decision creates, changes or ends none of the subject's rights, so the ban does not apply. */
    NONE_NEEDED
}
