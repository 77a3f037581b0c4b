package kz.kelisim.objection;

/**
 * An operator's description of one version of an automated-processing activity, already checked
 * for shape; whether it may be published is decided by {@link ProcessingActivity#publish}.
 *
 * @param aiDisclosure the possible risks and safe-use conditions when an AI system takes part (CPL-27.6)
 */
public record ActivityDraft(String operatorId, String code, String name, LocalizedText procedure,
                            LocalizedText consequences, boolean legalEffect, LegalBasis basis,
                            boolean aiSystemUsed, LocalizedText aiDisclosure, LocalizedText howToObject,
                            LocalizedText howToProtectRights, String idempotencyKey) {

    public String fingerprint() {
        return Fingerprint.of(code, name, procedure, consequences, legalEffect, basis, aiSystemUsed, aiDisclosure,
                howToObject, howToProtectRights);
    }
}
