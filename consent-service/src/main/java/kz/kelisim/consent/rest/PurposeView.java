package kz.kelisim.consent.rest;

import java.time.Instant;
import java.util.List;
import kz.kelisim.consent.DataCategory;
import kz.kelisim.consent.DataSource;
import kz.kelisim.consent.LegalBasis;
import kz.kelisim.consent.LocalizedText;
import kz.kelisim.consent.NationalAiPlatformTransfer;
import kz.kelisim.consent.PublicInterestGround;
import kz.kelisim.consent.Purpose;
import kz.kelisim.consent.PurposeDefinition;

/**
 * One purpose version as the API shows it.
 */
public record PurposeView(String code, int version, boolean current, String operatorId, Instant createdAt,
                          LocalizedText title, LocalizedText description, LegalBasis legalBasis, String legalReference,
                          String maxValidity, boolean untilPurposeAchieved, List<DataCategory> dataCategories,
                          DataSource source,
                          List<String> recipients, boolean automated, boolean aiSystem, LocalizedText aiComponents,
                          PublicInterestGround publicInterestGround, NationalAiPlatformTransfer nationalAiPlatform) {

    static PurposeView of(Purpose p) {
        PurposeDefinition d = p.definition();
        return new PurposeView(p.code(), p.version(), p.current(), p.operatorId(), p.createdAt(), d.title(),
                d.description(), d.legalBasis(), d.legalReference(), d.maxValidity(), d.maxValidity() == null,
                d.dataCategories(), d.source(),
                d.recipients(), d.automated(), d.aiSystem(), d.aiComponents(), d.publicInterestGround(),
                d.nationalAiPlatform());
    }
}
