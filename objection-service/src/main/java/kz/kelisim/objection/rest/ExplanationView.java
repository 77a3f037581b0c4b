package kz.kelisim.objection.rest;

import java.time.Instant;
import java.util.UUID;
import kz.kelisim.objection.LegalBasis;
import kz.kelisim.objection.LocalizedText;
import kz.kelisim.objection.ProcessingActivity;

/**
 * What a subject is told about an automated processing, in one language (PDL-19-1.2): how it works,
 * its possible consequences, its basis, how to object and how to protect their rights; and, when an
 * AI system takes part, its possible risks and its conditions of safe use, two separate texts
 * (CPL-27.6), both null otherwise.
 */
public record ExplanationView(UUID activityId, String operatorId, String code, int version, String name,
                              String language, String procedure, String consequences, boolean legalEffect,
                              LegalBasis legalBasis, boolean aiSystemUsed, String aiRisks, String aiSafeUse,
                              String howToObject, String howToProtectRights, Instant publishedAt) {

    static ExplanationView of(ProcessingActivity a, String language) {
        return new ExplanationView(a.id(), a.operatorId(), a.code(), a.version(), a.name(), language,
                in(a.procedure(), language), in(a.consequences(), language), a.legalEffect(), a.basis(),
                a.aiSystemUsed(), a.aiSystemUsed() ? in(a.aiRisks(), language) : null,
                a.aiSystemUsed() ? in(a.aiSafeUse(), language) : null,
                in(a.howToObject(), language), in(a.howToProtectRights(), language), a.publishedAt());
    }

    private static String in(LocalizedText text, String language) {
        return text == null ? null : text.in(language);
    }
}
