package kz.kelisim.objection;

/**
 * What makes an automated decision with legal effect lawful (PDL-19-1.1): the subject's consent,
 * or a law that provides for it.
 */
public enum BasisKind {
    CONSENT,
    LAW
}
