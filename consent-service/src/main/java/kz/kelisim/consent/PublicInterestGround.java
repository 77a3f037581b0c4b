package kz.kelisim.consent;

/**
 * The only grounds on which biometric identification in public places may happen without consent (PDL-7.12).
 */
public enum PublicInterestGround {
    CONSTITUTIONAL_ORDER, PUBLIC_ORDER, HUMAN_RIGHTS_AND_FREEDOMS, PUBLIC_HEALTH, MORALITY
}
