package kz.kelisim.objection;

/**
 * An operator's answer to an objection (PDL-19-1.3), reviewed by a named human.
 *
 * @param outcome     UPHELD or REJECTED
 * @param explanation for UPHELD what was done, for REJECTED the reasons; Kazakh and Russian required
 * @param reviewedBy  the person who considered the objection
 * @param account     the account that sent the answer, from the token
 */
public record Resolution(ObjectionStatus outcome, LocalizedText explanation, String reviewedBy, String account) {
}
