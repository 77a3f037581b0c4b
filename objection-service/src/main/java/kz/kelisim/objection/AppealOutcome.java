package kz.kelisim.objection;

/**
 * What the regulator decided on an appeal.
 */
public enum AppealOutcome {
    /** The subject was right; the operator must act on the objection. */
    UPHELD,
    /** The operator's answer stands. */
    DISMISSED
}
