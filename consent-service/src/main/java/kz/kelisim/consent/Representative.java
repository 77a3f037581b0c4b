package kz.kelisim.consent;

/**
 * The legal representative who gave (and may revoke) a consent for the subject (PDL-8.7).
 *
 * @param basis    PARENT, GUARDIAN, TRUSTEE or POWER_OF_ATTORNEY
 * @param document the document that establishes the representation
 */
public record Representative(String iin, String basis, String document) {
}
