package kz.kelisim.objection.rest;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import kz.kelisim.objection.ActivityStatus;
import kz.kelisim.objection.LegalBasis;
import kz.kelisim.objection.LocalizedText;
import kz.kelisim.objection.ProcessingActivity;

/**
 * A version of a processing activity as its operator sees it, with every language and what is
 * still missing before it can be published.
 */
public record ActivityView(UUID id, String code, int version, String name, ActivityStatus status, boolean legalEffect,
                           LegalBasis legalBasis, LocalizedText procedure, LocalizedText consequences,
                           ActivityRequest.AiComponents aiComponents, LocalizedText howToObject,
                           LocalizedText howToProtectRights, Instant createdAt, Instant publishedAt,
                           List<String> missingForPublication) {

    static ActivityView of(ProcessingActivity a) {
        return new ActivityView(a.id(), a.code(), a.version(), a.name(), a.status(), a.legalEffect(), a.basis(),
                a.procedure(), a.consequences(), new ActivityRequest.AiComponents(a.aiSystemUsed(), a.aiRisks(), a.aiSafeUse()),
                a.howToObject(), a.howToProtectRights(), a.createdAt(), a.publishedAt(),
                a.status() == ActivityStatus.DRAFT ? a.missingForPublication() : List.of());
    }
}
