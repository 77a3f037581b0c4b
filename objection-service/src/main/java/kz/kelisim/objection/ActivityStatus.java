package kz.kelisim.objection;

/**
 * The life of one version of a processing activity: written, published to subjects, replaced.
 */
public enum ActivityStatus {
    /** Being written; subjects do not see it and decisions cannot cite it. */
    DRAFT,
    /** Published: its explanation is complete in Kazakh and Russian (PDL-19-1.2). */
    ACTIVE,
    /** A later version of the same code was published; decisions made under it keep pointing here. */
    SUPERSEDED
}
