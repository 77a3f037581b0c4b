package kz.kelisim.objection;

/**
 * An operator's description of one version of an automated-processing activity, already checked
 * for shape; whether it may be published is decided by {@link ProcessingActivity#publish}.
 *
 * @param aiRisks   the possible risks when an AI system takes part (CPL-27.6, first element)
 * @param aiSafeUse the conditions of safe use when an AI system takes part (CPL-27.6, second element)
 */
public record ActivityDraft(String operatorId, String code, String name, LocalizedText procedure,
                            LocalizedText consequences, boolean legalEffect, LegalBasis basis,
                            boolean aiSystemUsed, LocalizedText aiRisks, LocalizedText aiSafeUse,
                            LocalizedText howToObject, LocalizedText howToProtectRights, String idempotencyKey) {

    public String fingerprint() {
        return Fingerprint.of(code, name, procedure, consequences, legalEffect, basis, aiSystemUsed, aiRisks,
                aiSafeUse, howToObject, howToProtectRights);
    }
}
