package kz.kelisim.consent;

/**
 * Why processing for a purpose is lawful: the subject's consent, a law, or a contract.
 */
public enum LegalBasis {
    CONSENT, LAW, CONTRACT
}
