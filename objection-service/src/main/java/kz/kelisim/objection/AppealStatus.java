package kz.kelisim.objection;

/**
 * Where an appeal to the regulator stands (PDL-19-1.3).
 */
public enum AppealStatus {
    /** In the regulator's queue. */
    PENDING,
    /** The regulator recorded an outcome. */
    DECIDED
}
